/* HTML pages: libxml2 trees serialised by libxml2's HTML writer. */
#include <stdarg.h>
#include <stdlib.h>

#include <libxml/HTMLtree.h>

#include "html.h"

#define BAR_W 300	/* pixels for 100% */
#define LABEL_W 260
#define ROW_H 22

struct lr_html {
	htmlDocPtr doc;
	xmlNodePtr body;
};

#define X(s) ((const xmlChar *)(s))

xmlNodePtr
lr_html_add(xmlNodePtr parent, const char *tag, const char *text,
    const char *cls)
{
	xmlNodePtr n = xmlNewTextChild(parent, NULL, X(tag), X(text));

	if (n != NULL && cls != NULL)
		xmlNewProp(n, X("class"), X(cls));
	return n;
}

void
lr_html_attr(xmlNodePtr n, const char *name, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	xmlSetProp(n, X(name), X(buf));
}

lr_html *
lr_html_new(const char *title, const char *css)
{
	lr_html *h = calloc(1, sizeof(*h));
	xmlNodePtr html, head, meta;

	if (h == NULL || (h->doc = htmlNewDocNoDtD(NULL, NULL)) == NULL) {
		free(h);
		return NULL;
	}
	html = xmlNewDocNode(h->doc, NULL, X("html"), NULL);
	xmlDocSetRootElement(h->doc, html);
	xmlNewProp(html, X("lang"), X("vi"));
	head = lr_html_add(html, "head", NULL, NULL);
	meta = lr_html_add(head, "meta", NULL, NULL);
	xmlNewProp(meta, X("charset"), X("utf-8"));
	lr_html_add(head, "title", title, NULL);
	if (css != NULL)
		lr_html_add(head, "style", css, NULL);
	h->body = lr_html_add(html, "body", NULL, NULL);
	lr_html_add(h->body, "h1", title, NULL);
	return h;
}

xmlNodePtr
lr_html_body(lr_html *h)
{
	return h->body;
}

/* Append an SVG element with its geometry. */
static xmlNodePtr
svg_el(xmlNodePtr parent, const char *tag, const char *text, int x, int y)
{
	xmlNodePtr n = lr_html_add(parent, tag, text, NULL);

	lr_html_attr(n, "x", "%d", x);
	lr_html_attr(n, "y", "%d", y);
	return n;
}

static void
bar(xmlNodePtr svg, const char *label, double share, int row)
{
	int y = ROW_H * (row + 1);
	xmlNodePtr r;
	char pct[32];

	share = share < 0 ? 0 : share > 1 ? 1 : share;
	svg_el(svg, "text", label, 0, y + 15);
	r = svg_el(svg, "rect", NULL, LABEL_W, y + 3);
	lr_html_attr(r, "width", "%d", (int)(share * BAR_W + 0.5));
	lr_html_attr(r, "height", "%d", ROW_H - 6);
	lr_html_attr(r, "fill", "#3a7bd5");
	snprintf(pct, sizeof(pct), "%.1f%%", share * 100);
	svg_el(svg, "text", pct, LABEL_W + BAR_W + 8, y + 15);
}

void
lr_html_bars(xmlNodePtr parent, const char *title,
    const char *const *labels, const double *share, size_t n)
{
	xmlNodePtr svg = lr_html_add(parent, "svg", NULL, "bars");

	xmlNewProp(svg, X("xmlns"), X("http://www.w3.org/2000/svg"));
	xmlNewProp(svg, X("role"), X("img"));
	lr_html_attr(svg, "width", "%d", LABEL_W + BAR_W + 70);
	lr_html_attr(svg, "height", "%zu", ROW_H * (n + 1) + 6);
	lr_html_attr(svg, "font-size", "%d", 13);
	lr_html_add(svg, "title", title, NULL);
	xmlSetProp(svg_el(svg, "text", title, 0, 15), X("font-weight"),
	    X("bold"));
	for (size_t i = 0; i < n; i++)
		bar(svg, labels[i], share[i], (int)i);
}

int
lr_html_write(lr_html *h, FILE *fp, lr_err *err)
{
	xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
	xmlOutputBufferPtr out;

	fputs("<!DOCTYPE html>\n", fp);
	fflush(fp);
	out = xmlOutputBufferCreateFile(fp, utf8);
	if (out == NULL) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	htmlDocContentDumpFormatOutput(out, h->doc, "UTF-8", 1);
	if (xmlOutputBufferClose(out) < 0 || ferror(fp)) {
		lr_err_sys(err, "write error");
		return -1;
	}
	return 0;
}

void
lr_html_free(lr_html *h)
{
	if (h == NULL)
		return;
	xmlFreeDoc(h->doc);
	free(h);
}
