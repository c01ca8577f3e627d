/* Output of exchange documents: HoSoXml elements serialised by libxml2's
 * xmlNodeDump, written to a FILE inside an optional batch root. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "xmlout.h"

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

struct lr_xmlout {
	FILE *fp;
	char *root;		/* the batch root, or NULL */
	int open;		/* the root's start tag is written */
};

static int
failed(lr_err *err)
{
	lr_err_sys(err, "write error: %s", errno ? strerror(errno) :
	    "XML writer failed");
	return -1;
}

lr_xmlout *
lr_xmlout_new(FILE *fp, const char *root, lr_err *err)
{
	lr_xmlout *o = calloc(1, sizeof(*o));

	if (o == NULL || (root != NULL && (o->root = strdup(root)) == NULL)) {
		lr_xmlout_free(o);
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	o->fp = fp;
	errno = 0;
	if (fputs(XML_DECL, fp) == EOF) {
		lr_xmlout_free(o);
		failed(err);
		return NULL;
	}
	return o;
}

int
lr_xmlout_dump(xmlDocPtr doc, int level, xmlBufferPtr buf)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	const xmlChar *enc = doc->encoding;
	int n;

	if (root == NULL)
		return -1;
	for (int i = 0; i < level; i++)
		xmlBufferCCat(buf, "  ");
	/* With an encoding, text stays UTF-8 instead of character references. */
	doc->encoding = BAD_CAST "UTF-8";
	n = xmlNodeDump(buf, doc, root, level, 1);
	doc->encoding = enc;
	return n < 0 || xmlBufferCCat(buf, "\n") != 0 ? -1 : 0;
}

int
lr_xmlout_put_text(lr_xmlout *o, const char *text, size_t len, lr_err *err)
{
	errno = 0;
	if (o->root != NULL && !o->open) {
		if (fprintf(o->fp, "<%s>\n", o->root) < 0)
			return failed(err);
		o->open = 1;
	}
	if (len > 0 && fwrite(text, 1, len, o->fp) != len)
		return failed(err);
	return 0;
}

int
lr_xmlout_end(lr_xmlout *o, lr_err *err)
{
	int bad = 0;

	errno = 0;
	if (o->root != NULL)
		bad = fprintf(o->fp, o->open ? "</%s>\n" : "<%s/>\n", o->root) < 0;
	bad = bad || fflush(o->fp) == EOF;
	lr_xmlout_free(o);
	return bad ? failed(err) : 0;
}

void
lr_xmlout_free(lr_xmlout *o)
{
	if (o == NULL)
		return;
	free(o->root);
	free(o);
}
