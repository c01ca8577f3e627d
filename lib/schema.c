/* The exchange document's XSD over libxml2's xmlschemas. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "schema.h"

#define XS_NS "http://www.w3.org/2001/XMLSchema"

/* The enumeration values of one simple type, sorted. */
struct codes {
	char *type;
	char **v;
	size_t n;
};

struct lr_schema {
	xmlDocPtr xsd;			/* the parsed XSD, for the code lists */
	xmlSchemaPtr schema;
	xmlSchemaValidCtxtPtr vctxt;
	struct codes *lists;
	size_t nlists;
	json_t *reasons;		/* where validation errors go, or NULL */
};

int
lr_schema_find(const char *name, const char *bindir, const char *datadir,
    char *buf, size_t n, lr_err *err)
{
	const char *env = getenv("LANDREC_SCHEMAS");
	char try[3][PATH_MAX];
	int k = 0;

	if (env != NULL && *env != '\0')
		snprintf(try[k++], PATH_MAX, "%s/%s", env, name);
	if (bindir != NULL)
		snprintf(try[k++], PATH_MAX, "%s/../../schemas/%s", bindir, name);
	if (datadir != NULL)
		snprintf(try[k++], PATH_MAX, "%s/%s", datadir, name);
	for (int i = 0; i < k; i++) {
		if (access(try[i], R_OK) == 0 && strlen(try[i]) < n) {
			strcpy(buf, try[i]);
			return 0;
		}
	}
	lr_err_set(err, "schema '%s' not found (set LANDREC_SCHEMAS)", name);
	return -1;
}

/* Collect libxml2's errors into s->reasons as "schema: PATH: message". */
static void
on_error(void *ctx, xmlErrorPtr e)
{
	lr_schema *s = ctx;
	xmlChar *path = e->node ? xmlGetNodePath(e->node) : NULL;
	char msg[600];
	size_t len;

	if (s->reasons == NULL)
		return;
	snprintf(msg, sizeof(msg), "schema: %s: %s", path ? (char *)path :
	    "?", e->message ? e->message : "invalid");
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		msg[--len] = '\0';
	json_array_append_new(s->reasons, json_string(msg));
	xmlFree(path);
}

/* Compile the parsed XSD in s->xsd. */
static int
compile(lr_schema *s, const char *path, lr_err *err)
{
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewDocParserCtxt(s->xsd);

	if (pc == NULL)
		return lr_err_set(err, "'%s': out of memory", path), -1;
	xmlSchemaSetParserStructuredErrors(pc, on_error, s);
	s->schema = xmlSchemaParse(pc);
	xmlSchemaFreeParserCtxt(pc);
	if (s->schema == NULL ||
	    (s->vctxt = xmlSchemaNewValidCtxt(s->schema)) == NULL) {
		lr_err_set(err, "'%s': not a usable XML schema", path);
		return -1;
	}
	xmlSchemaSetValidStructuredErrors(s->vctxt, on_error, s);
	return 0;
}

lr_schema *
lr_schema_load(const char *path, lr_err *err)
{
	lr_schema *s = calloc(1, sizeof(*s));

	if (s == NULL) {
		lr_err_set(err, "out of memory");
		return NULL;
	}
	s->xsd = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (s->xsd == NULL) {
		lr_err_set(err, "'%s': cannot read or parse", path);
		lr_schema_free(s);
		return NULL;
	}
	if (compile(s, path, err) != 0) {
		lr_schema_free(s);
		return NULL;
	}
	return s;
}

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
is_xs(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, BAD_CAST XS_NS) &&
	    xmlStrEqual(n->name, BAD_CAST name);
}

/* Append the enumeration values found below n to c. */
static void
gather(struct codes *c, xmlNodePtr n)
{
	for (; n != NULL; n = n->next) {
		xmlChar *v;

		if (is_xs(n, "enumeration") &&
		    (v = xmlGetProp(n, BAD_CAST "value")) != NULL) {
			char **nv = realloc(c->v, (c->n + 1) * sizeof(*nv));
			if (nv == NULL) {
				xmlFree(v);
				return;
			}
			c->v = nv;
			c->v[c->n++] = strdup((char *)v);
			xmlFree(v);
		} else if (n->type == XML_ELEMENT_NODE) {
			gather(c, n->children);
		}
	}
}

/* The code list of type, read from the XSD on first use; NULL if no memory. */
static struct codes *
codes_of(lr_schema *s, const char *type)
{
	struct codes *c;
	xmlNodePtr n;

	for (size_t i = 0; i < s->nlists; i++)
		if (strcmp(s->lists[i].type, type) == 0)
			return &s->lists[i];
	c = realloc(s->lists, (s->nlists + 1) * sizeof(*c));
	if (c == NULL)
		return NULL;
	s->lists = c;
	c = &s->lists[s->nlists++];
	memset(c, 0, sizeof(*c));
	c->type = strdup(type);
	for (n = xmlDocGetRootElement(s->xsd)->children; n; n = n->next) {
		xmlChar *name = is_xs(n, "simpleType") ?
		    xmlGetProp(n, BAD_CAST "name") : NULL;
		if (name != NULL && strcmp((char *)name, type) == 0)
			gather(c, n->children);
		xmlFree(name);
	}
	if (c->n > 0)
		qsort(c->v, c->n, sizeof(*c->v), strpcmp);
	return c;
}

int
lr_schema_has_code(lr_schema *s, const char *type, const char *value)
{
	struct codes *c = codes_of(s, type);

	return c != NULL && c->n > 0 &&
	    bsearch(&value, c->v, c->n, sizeof(*c->v), strpcmp) != NULL;
}

int
lr_schema_validate(lr_schema *s, xmlDocPtr doc, json_t *reasons)
{
	size_t before = reasons ? json_array_size(reasons) : 0;
	int r;

	s->reasons = reasons;
	r = xmlSchemaValidateDoc(s->vctxt, doc);
	s->reasons = NULL;
	if (r != 0 && reasons != NULL && json_array_size(reasons) == before)
		json_array_append_new(reasons, json_string("schema: invalid"));
	return r == 0 ? 0 : -1;
}

void
lr_schema_free(lr_schema *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->nlists; i++) {
		for (size_t j = 0; j < s->lists[i].n; j++)
			free(s->lists[i].v[j]);
		free(s->lists[i].v);
		free(s->lists[i].type);
	}
	free(s->lists);
	if (s->vctxt != NULL)
		xmlSchemaFreeValidCtxt(s->vctxt);
	if (s->schema != NULL)
		xmlSchemaFree(s->schema);
	if (s->xsd != NULL)
		xmlFreeDoc(s->xsd);
	free(s);
}
