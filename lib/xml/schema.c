/* The exchange document's XSD over libxml2's xmlschemas. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "schema.h"
#include "util/util.h"

#define XS_NS "http://www.w3.org/2001/XMLSchema"

/* The enumeration values of one simple type, sorted. */
struct codes {
	char *type;
	char **v;
	size_t n, cap;
};

struct lr_schema {
	xmlDocPtr xsd;			/* the parsed XSD, for the code lists */
	xmlDocPtr bare;			/* a copy without identity constraints */
	xmlSchemaPtr schema, lean;	/* compiled from xsd and from bare */
	lr_schema_validator *v;		/* for lr_schema_validate() */
	struct codes *lists;
	size_t nlists, lcap;
	char identity[1024];		/* lr_schema_identity() */
	json_t *reasons;		/* where compile errors go: NULL */
};

struct lr_schema_validator {
	xmlSchemaValidCtxtPtr vctxt;
	json_t *reasons;		/* where validation errors go, or NULL */
};

static int
is_xs(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, BAD_CAST XS_NS) &&
	    xmlStrEqual(n->name, BAD_CAST name);
}

/* Append name to the space-separated list buf of n bytes. */
static void
add_name(char *buf, size_t n, const char *name)
{
	size_t len = strlen(buf);

	snprintf(buf + len, n - len, "%s%s", len ? " " : "", name ? name : "?");
}

/* Collect libxml2's errors into *ctx (a json_t * that may be NULL) as
 * "schema: PATH: message". */
static void
on_error(void *ctx, xmlErrorPtr e)
{
	json_t *reasons = *(json_t **)ctx;
	xmlChar *path;
	char msg[600];
	size_t len;

	if (reasons == NULL)
		return;
	path = e->node ? xmlGetNodePath(e->node) : NULL;
	snprintf(msg, sizeof(msg), "schema: %s: %s", path ? (char *)path :
	    "?", e->message ? e->message : "invalid");
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		msg[--len] = '\0';
	json_array_append_new(reasons, json_string(msg));
	xmlFree(path);
}

/* The compiled schema of doc, or NULL. */
static xmlSchemaPtr
compile_doc(lr_schema *s, xmlDocPtr doc)
{
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewDocParserCtxt(doc);
	xmlSchemaPtr c;

	if (pc == NULL)
		return NULL;
	xmlSchemaSetParserStructuredErrors(pc, on_error, &s->reasons);
	c = xmlSchemaParse(pc);
	xmlSchemaFreeParserCtxt(pc);
	return c;
}

/* 1 when n is an xs:key, xs:keyref or xs:unique. */
static int
is_identity(xmlNodePtr n)
{
	return is_xs(n, "key") || is_xs(n, "keyref") || is_xs(n, "unique");
}

/* Remove the identity constraints below n, adding their names to s. */
static void
strip(lr_schema *s, xmlNodePtr n)
{
	xmlNodePtr next;
	xmlChar *name;

	for (; n != NULL; n = next) {
		next = n->next;
		if (n->type == XML_ELEMENT_NODE && !is_identity(n)) {
			strip(s, n->children);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		name = xmlGetProp(n, BAD_CAST "name");
		add_name(s->identity, sizeof(s->identity), (char *)name);
		xmlFree(name);
		xmlUnlinkNode(n);
		xmlFreeNode(n);
	}
}

/* Compile the parsed XSD in s->xsd, and its copy without identity
 * constraints. */
static int
compile(lr_schema *s, const char *path, lr_err *err)
{
	s->schema = compile_doc(s, s->xsd);
	if (s->schema != NULL &&
	    (s->bare = xmlCopyDoc(s->xsd, 1)) != NULL) {
		strip(s, xmlDocGetRootElement(s->bare));
		s->lean = compile_doc(s, s->bare);
	}
	if (s->schema == NULL || s->lean == NULL ||
	    (s->v = lr_schema_validator_new(s, 0)) == NULL) {
		lr_err_set(err, "'%s': not a usable XML schema", path);
		return -1;
	}
	return 0;
}

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append the enumeration values found below n to c; 0, or -1 when out
 * of memory. */
static int
gather(struct codes *c, xmlNodePtr n)
{
	for (; n != NULL; n = n->next) {
		xmlChar *v;

		if (is_xs(n, "enumeration") &&
		    (v = xmlGetProp(n, BAD_CAST "value")) != NULL) {
			char *s = strdup((char *)v);

			xmlFree(v);
			if (s == NULL || lr_reserve(&c->v, &c->cap, c->n,
			    sizeof(*c->v), 16) != 0) {
				free(s);
				return -1;
			}
			c->v[c->n++] = s;
		} else if (n->type == XML_ELEMENT_NODE &&
		    gather(c, n->children) != 0) {
			return -1;
		}
	}
	return 0;
}

/* Read the code list of every named simple type with enumerations; 0, or
 * -1 when out of memory. */
static int
read_codes(lr_schema *s)
{
	struct codes *c;
	xmlNodePtr n;
	xmlChar *name;

	for (n = xmlDocGetRootElement(s->xsd)->children; n; n = n->next) {
		if (!is_xs(n, "simpleType") ||
		    (name = xmlGetProp(n, BAD_CAST "name")) == NULL)
			continue;
		if (lr_reserve(&s->lists, &s->lcap, s->nlists, sizeof(*c), 32)
		    != 0) {
			xmlFree(name);
			return -1;
		}
		c = &s->lists[s->nlists++];
		memset(c, 0, sizeof(*c));
		c->type = strdup((char *)name);
		xmlFree(name);
		if (c->type == NULL || gather(c, n->children) != 0)
			return -1;
		if (c->n > 1)
			qsort(c->v, c->n, sizeof(*c->v), strpcmp);
	}
	return 0;
}

/* The code list of type, or NULL. */
static const struct codes *
codes_of(const lr_schema *s, const char *type)
{
	for (size_t i = 0; i < s->nlists; i++)
		if (strcmp(s->lists[i].type, type) == 0)
			return &s->lists[i];
	return NULL;
}

lr_schema *
lr_schema_load(const char *path, lr_err *err)
{
	lr_schema *s = calloc(1, sizeof(*s));

	if (s == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	s->xsd = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (s->xsd == NULL) {
		lr_err_sys(err, "'%s': cannot read or parse", path);
		lr_schema_free(s);
		return NULL;
	}
	if (compile(s, path, err) != 0 || read_codes(s) != 0) {
		lr_schema_free(s);
		return NULL;
	}
	return s;
}

int
lr_schema_has_code(const lr_schema *s, const char *type, const char *value)
{
	const struct codes *c = codes_of(s, type);

	return c != NULL && c->n > 0 &&
	    bsearch(&value, c->v, c->n, sizeof(*c->v), strpcmp) != NULL;
}

const char *
lr_schema_identity(const lr_schema *s)
{
	return s->identity;
}

lr_schema_validator *
lr_schema_validator_new(lr_schema *s, int lean)
{
	lr_schema_validator *v = calloc(1, sizeof(*v));

	if (v == NULL)
		return NULL;
	if ((v->vctxt = xmlSchemaNewValidCtxt(lean ? s->lean :
	    s->schema)) == NULL) {
		free(v);
		return NULL;
	}
	xmlSchemaSetValidStructuredErrors(v->vctxt, on_error, &v->reasons);
	return v;
}

int
lr_schema_validator_run(lr_schema_validator *v, xmlDocPtr doc,
    json_t *reasons)
{
	size_t before = reasons ? json_array_size(reasons) : 0;
	int r;

	v->reasons = reasons;
	r = xmlSchemaValidateDoc(v->vctxt, doc);
	v->reasons = NULL;
	if (r != 0 && reasons != NULL && json_array_size(reasons) == before)
		json_array_append_new(reasons, json_string("schema: invalid"));
	return r == 0 ? 0 : -1;
}

void
lr_schema_validator_free(lr_schema_validator *v)
{
	if (v == NULL)
		return;
	xmlSchemaFreeValidCtxt(v->vctxt);
	free(v);
}

int
lr_schema_validate(lr_schema *s, xmlDocPtr doc, json_t *reasons)
{
	return lr_schema_validator_run(s->v, doc, reasons);
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
	lr_schema_validator_free(s->v);
	if (s->schema != NULL)
		xmlSchemaFree(s->schema);
	if (s->lean != NULL)
		xmlSchemaFree(s->lean);
	if (s->xsd != NULL)
		xmlFreeDoc(s->xsd);
	if (s->bare != NULL)
		xmlFreeDoc(s->bare);
	free(s);
}
