/* Field paths into a record: walking, reading and typed setting. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fieldpath.h"
#include "text/text.h"

/* One step of a path: an object key or an array index. */
struct step {
	char key[128];
	size_t index;
	int is_index;
};

/* Read the step at *p into st and move *p past it (and past a following
 * dot).  Returns 1 for a step, 0 at the end, -1 when malformed. */
static int
next_step(const char **p, struct step *st)
{
	const char *s = *p;
	size_t n = 0;
	char *end;

	if (*s == '\0')
		return 0;
	st->is_index = (*s == '[');
	if (st->is_index) {
		if (!isdigit((unsigned char)s[1]))
			return -1;
		errno = 0;
		st->index = strtoul(s + 1, &end, 10);
		if (errno != 0 || *end != ']')
			return -1;
		s = end + 1;
	} else {
		while (isalnum((unsigned char)s[n]) || s[n] == '_')
			n++;
		if (n == 0 || n >= sizeof(st->key))
			return -1;
		memcpy(st->key, s, n);
		st->key[n] = '\0';
		s += n;
	}
	if (*s == '.' && s[1] != '\0' && s[1] != '[')
		s++;
	else if (*s != '\0' && *s != '[')
		return -1;
	*p = s;
	return 1;
}

/* The child of v that st names, or NULL. */
static json_t *
child(const json_t *v, const struct step *st)
{
	if (st->is_index)
		return json_array_get(v, st->index);
	return json_object_get(v, st->key);
}

/* Walk all steps but the last; the last one is left in *last.  Returns the
 * parent (borrowed) or NULL. */
static json_t *
walk_parent(const json_t *rec, const char *path, struct step *last)
{
	json_t *cur = (json_t *)rec;
	struct step st;
	const char *p = path;
	int r, have = 0;

	while ((r = next_step(&p, &st)) == 1) {
		if (have && (cur = child(cur, last)) == NULL)
			return NULL;
		*last = st;
		have = 1;
	}
	return r == 0 && have ? cur : NULL;
}

json_t *
lr_path_get(const json_t *rec, const char *path)
{
	struct step last;
	json_t *parent = walk_parent(rec, path, &last);

	return parent == NULL ? NULL : child(parent, &last);
}

int
lr_path_settable(const json_t *rec, const char *path)
{
	struct step last;
	json_t *parent = walk_parent(rec, path, &last);

	if (parent == NULL)
		return 0;
	if (last.is_index)
		return json_is_array(parent) && last.index < json_array_size(parent);
	return json_is_object(parent);
}

int
lr_path_set(json_t *rec, const char *path, json_t *v, lr_err *err)
{
	struct step last;
	json_t *parent;

	if (v == NULL || !lr_path_settable(rec, path)) {
		json_decref(v);
		lr_err_set(err, "%s: no such field", path);
		return -1;
	}
	parent = walk_parent(rec, path, &last);
	if (last.is_index)
		return json_array_set_new(parent, last.index, v);
	return json_object_set_new(parent, last.key, v);
}

/* Parse a number written with a decimal point, or a decimal comma and
 * optional dot thousands ("1.230,5").  Returns 0, or -1. */
static int
parse_number(const char *text, double *d)
{
	char buf[64], *end;
	size_t n = 0;
	int comma = strchr(text, ',') != NULL;

	for (const char *s = text; *s != '\0' && n + 1 < sizeof(buf); s++) {
		if (comma && *s == '.')
			continue;
		buf[n++] = (comma && *s == ',') ? '.' : *s;
	}
	buf[n] = '\0';
	errno = 0;
	*d = strtod(buf, &end);
	return n == 0 || *end != '\0' || errno != 0 || strlen(text) >= sizeof(buf)
	    ? -1 : 0;
}

json_t *
lr_path_value(const json_t *old, const char *text, lr_err *err)
{
	json_t *v;
	char *nfc;
	double d;

	if (json_is_number(old)) {
		if (parse_number(text, &d) != 0) {
			lr_err_set(err, "not a number: '%s'", text);
			return NULL;
		}
		if (json_is_integer(old) && d == (double)(json_int_t)d)
			return json_integer((json_int_t)d);
		return json_real(d);
	}
	nfc = lr_nfc(text);
	v = nfc == NULL ? NULL : json_string(nfc);
	free(nfc);
	if (v == NULL)
		lr_err_set(err, "not valid UTF-8");
	return v;
}

char *
lr_path_text(const json_t *v)
{
	if (v == NULL || json_is_null(v))
		return strdup("");
	if (json_is_string(v))
		return strdup(json_string_value(v));
	return json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(12));
}

const char *
lr_record_commune(const json_t *rec)
{
	const char *c = json_string_value(json_object_get(json_array_get(
	    json_object_get(rec, "parcels"), 0), "commune_code"));

	if (c == NULL || *c == '\0')
		c = json_string_value(json_object_get(json_array_get(
		    json_object_get(rec, "owners"), 0), "commune_code"));
	return c == NULL ? "" : c;
}

int
lr_path_covers(const char *item, const char *field)
{
	while (*item != '\0') {
		if (item[0] == '[' && item[1] == ']' && *field == '[') {
			if ((field = strchr(field, ']')) == NULL)
				return 0;
			item += 2, field++;
		} else if (*item++ != *field++)
			return 0;
	}
	return *field == '\0' || *field == '.' || *field == '[';
}

int
lr_item_covers(const json_t *it, const char *field)
{
	const char *f = json_string_value(json_object_get(it, "field"));
	const json_t *also;
	size_t i;

	if (f != NULL && lr_path_covers(f, field))
		return 1;
	json_array_foreach(json_object_get(it, "also"), i, also)
		if (json_is_string(also) &&
		    lr_path_covers(json_string_value(also), field))
			return 1;
	return 0;
}
