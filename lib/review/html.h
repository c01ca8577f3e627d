/* HTML pages built as libxml2 trees, so that every text and attribute is
 * escaped by libxml2, and written as UTF-8 HTML5 with no scripts and no
 * outside resources; inline SVG bar charts. */
#ifndef LR_HTML_H
#define LR_HTML_H

#include <stdio.h>
#include <libxml/tree.h>

#include "util/util.h"

/* A page being built. */
typedef struct lr_html lr_html;

/* A new page with a <title>, a <meta charset>, the style sheet css (may be
 * NULL) inline, and an <h1> holding title.  NULL when out of memory. */
lr_html *lr_html_new(const char *title, const char *css);

/* The page's <body> (borrowed), to add elements to. */
xmlNodePtr lr_html_body(lr_html *h);

/* Append <tag> to parent with text (escaped; NULL for none) and, when cls is
 * not NULL, class="cls".  Returns the new element (owned by the page). */
xmlNodePtr lr_html_add(xmlNodePtr parent, const char *tag, const char *text,
    const char *cls);

/* Set attribute name of n to the printf-style value (escaped on output). */
void lr_html_attr(xmlNodePtr n, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Append a horizontal bar chart as inline SVG to parent: one bar per label,
 * share[i] in 0..1 drawn as a percentage, with the title on top. */
void lr_html_bars(xmlNodePtr parent, const char *title,
    const char *const *labels, const double *share, size_t n);

/* Write the page to fp.  Returns 0, or -1 with err set. */
int lr_html_write(lr_html *h, FILE *fp, lr_err *err);

/* Free the page. */
void lr_html_free(lr_html *h);

#endif
