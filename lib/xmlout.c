/* Streaming output of exchange documents: xmlTextWriter over a FILE. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "xmlout.h"

struct lr_xmlout {
	xmlTextWriterPtr w;
};

static int
failed(lr_err *err)
{
	lr_err_set(err, "write error: %s", errno ? strerror(errno) :
	    "XML writer failed");
	return -1;
}

lr_xmlout *
lr_xmlout_new(FILE *fp, const char *root, lr_err *err)
{
	lr_xmlout *o = calloc(1, sizeof(*o));
	xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(fp, NULL);

	if (o == NULL || buf == NULL ||
	    (o->w = xmlNewTextWriter(buf)) == NULL) {
		if (buf != NULL)
			xmlOutputBufferClose(buf);
		free(o);
		lr_err_set(err, "out of memory");
		return NULL;
	}
	xmlTextWriterSetIndent(o->w, 1);
	xmlTextWriterSetIndentString(o->w, BAD_CAST "  ");
	if (xmlTextWriterStartDocument(o->w, NULL, "UTF-8", NULL) < 0 ||
	    (root != NULL &&
	    xmlTextWriterStartElement(o->w, BAD_CAST root) < 0)) {
		lr_xmlout_free(o);
		failed(err);
		return NULL;
	}
	return o;
}

/* Write element n and its content. */
static int
put_node(xmlTextWriterPtr w, xmlNodePtr n)
{
	if (xmlTextWriterStartElement(w, n->name) < 0)
		return -1;
	for (xmlNodePtr c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			if (put_node(w, c) < 0)
				return -1;
		} else if (c->type == XML_TEXT_NODE &&
		    xmlTextWriterWriteString(w, c->content) < 0) {
			return -1;
		}
	}
	return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
}

int
lr_xmlout_put(lr_xmlout *o, xmlDocPtr doc, lr_err *err)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);

	errno = 0;
	if (root == NULL || put_node(o->w, root) < 0)
		return failed(err);
	return 0;
}

int
lr_xmlout_end(lr_xmlout *o, lr_err *err)
{
	int bad;

	errno = 0;
	bad = xmlTextWriterEndDocument(o->w) < 0 || xmlTextWriterFlush(o->w) < 0;
	lr_xmlout_free(o);
	return bad ? failed(err) : 0;
}

void
lr_xmlout_free(lr_xmlout *o)
{
	if (o == NULL)
		return;
	xmlFreeTextWriter(o->w);
	free(o);
}
