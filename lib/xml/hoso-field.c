/* The HoSoXml builder's field helpers: record values to checked elements. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/chvalid.h>
#include <libxml/xmlstring.h>

#include "hoso-int.h"

void
lr_hoso_why(struct lr_hoso_b *b, const char *key, const char *fmt, ...)
{
	char msg[400], why[500];
	const json_t *r;
	size_t i;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(why, sizeof(why), "%s%s%s: %s", b->where,
	    *b->where && *key ? "." : "", key, msg);
	json_array_foreach(b->reasons, i, r)
		if (strcmp(json_string_value(r), why) == 0)
			return;		/* said already (a value used twice) */
	json_array_append_new(b->reasons, json_string(why));
}

/* The decimal digits of v at s (room for 21 bytes), NUL-terminated; returns
 * the end.  Cheaper than snprintf on every field. */
static char *
put_long(char *s, long long v)
{
	char tmp[24], *t = tmp + sizeof(tmp);
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v :
	    (unsigned long long)v;
	size_t n;

	do
		*--t = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--t = '-';
	n = (size_t)(tmp + sizeof(tmp) - t);
	memcpy(s, t, n);
	s[n] = '\0';
	return s + n;
}

/* "prefix" then "i" at buf of n bytes (n > 22), prefix cut to fit. */
static void
named_number(char *buf, size_t n, const char *prefix, long i)
{
	size_t k = strnlen(prefix, n - 22);

	memcpy(buf, prefix, k);
	put_long(buf + k, i);
}

void
lr_hoso_at(struct lr_hoso_b *b, const char *part, long i)
{
	size_t k = strnlen(part, sizeof(b->where) - 24);

	memcpy(b->where, part, k);
	b->where[k] = '\0';
	if (i >= 0) {
		b->where[k] = '[';
		strcpy(put_long(b->where + k + 1, i), "]");
	}
}

/* 1 when the len bytes at s are UTF-8 made only of characters XML 1.0
 * allows (so no NUL). */
static int
xml_clean(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	int n, c;

	while (p < end) {
		if (*p < 0x80) {	/* ASCII: tab, newline, CR or not a control */
			if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
				return 0;
			p++;
			continue;
		}
		n = end - p < 4 ? (int)(end - p) : 4;
		c = xmlGetUTF8Char(p, &n);
		if (c < 0 || !xmlIsCharQ(c))
			return 0;
		p += n;
	}
	return 1;
}

const char *
lr_hoso_str(struct lr_hoso_b *b, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	const char *s;

	if (v == NULL || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		lr_hoso_why(b, key, "not a string");
		return NULL;
	}
	s = json_string_value(v);
	if (!xml_clean(s, json_string_length(v))) {
		lr_hoso_why(b, key, "control character or invalid UTF-8");
		return NULL;
	}
	return *s ? s : NULL;
}

xmlNodePtr
lr_hoso_put(xmlNodePtr parent, const char *name, const char *value)
{
	if (value == NULL)
		return NULL;
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST value);
}

void
lr_hoso_ref(xmlNodePtr parent, const char *name, const char *prefix, long i)
{
	char id[32];

	named_number(id, sizeof(id), prefix, i + 1);
	lr_hoso_put(parent, name, id);
}

/* The value at o.key; NULL when absent or null, refused if required. */
static const json_t *
field(struct lr_hoso_b *b, const json_t *o, const char *key, int required)
{
	const json_t *v = json_object_get(o, key);

	if (v != NULL && !json_is_null(v))
		return v;
	if (required)
		lr_hoso_why(b, key, "missing");
	return NULL;
}

/* The string at o.key; when there is none, and nothing else was said about
 * it, "missing" if required. */
static const char *
need_str(struct lr_hoso_b *b, const json_t *o, const char *key, int required)
{
	size_t before = json_array_size(b->reasons);
	const char *s = lr_hoso_str(b, o, key);

	if (s == NULL && required && json_array_size(b->reasons) == before)
		lr_hoso_why(b, key, "missing");
	return s;
}

void
lr_hoso_text(struct lr_hoso_b *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, int required)
{
	lr_hoso_put(parent, name, need_str(b, o, key, required));
}

/* Days in month m of year y. */
static int
mdays(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

/* y, m and d of the date s, yyyy-mm-dd in digits; 0 when it is not one. */
static int
iso_date(const char *s, int *y, int *m, int *d)
{
	static const char shape[] = "dddd-dd-dd";
	int i;

	for (i = 0; i < 10 && (shape[i] == 'd' ? s[i] >= '0' && s[i] <= '9' :
	    s[i] == '-'); i++)
		;
	if (i < 10 || s[10] != '\0')
		return 0;
	*y = atoi(s);
	*m = (s[5] - '0') * 10 + s[6] - '0';
	*d = (s[8] - '0') * 10 + s[9] - '0';
	return *m >= 1 && *m <= 12 && *d >= 1 && *d <= mdays(*y, *m);
}

void
lr_hoso_date(struct lr_hoso_b *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, int required)
{
	const char *s = need_str(b, o, key, required);
	char out[40];
	int y, m, d;

	if (s == NULL)
		return;
	if (!iso_date(s, &y, &m, &d)) {
		lr_hoso_why(b, key, "'%s' is not a date (yyyy-mm-dd)", s);
		return;
	}
	snprintf(out, sizeof(out), "%02d/%02d/%04d", d, m, y);
	lr_hoso_put(parent, name, out);
}

/* The whole number v (a JSON integer or a string of digits) as text in buf
 * (room for 21 bytes); NULL after saying why. */
static const char *
whole_text(struct lr_hoso_b *b, const json_t *v, const char *key, char *buf)
{
	const char *s = json_string_value(v);

	if (json_is_integer(v)) {
		put_long(buf, (long long)json_integer_value(v));
		return buf;
	}
	if (s != NULL && *s != '\0' && s[strspn(s, "0123456789")] == '\0' &&
	    strlen(s) <= 18)
		return s;
	lr_hoso_why(b, key, "not a whole number");
	return NULL;
}

/* The positive number v as decimal text in buf (no exponent, no trailing
 * zeros); NULL after saying why. */
static const char *
decimal_text(struct lr_hoso_b *b, const json_t *v, const char *key, char *buf,
    size_t n)
{
	double x = json_number_value(v);
	size_t len;

	if (!json_is_number(v) || !isfinite(x) || x <= 0 || x >= 1e12) {
		lr_hoso_why(b, key, "not a positive number");
		return NULL;
	}
	len = (size_t)snprintf(buf, n, "%.4f", x);
	while (buf[len - 1] == '0')
		buf[--len] = '\0';
	if (buf[len - 1] == '.')
		buf[--len] = '\0';
	return buf;
}

void
lr_hoso_number(struct lr_hoso_b *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, int how)
{
	const json_t *v = field(b, o, key, how & LR_HOSO_REQ);
	char buf[64];

	if (v != NULL)
		lr_hoso_put(parent, name, (how & LR_HOSO_WHOLE) ?
		    whole_text(b, v, key, buf) :
		    decimal_text(b, v, key, buf, sizeof(buf)));
}

void
lr_hoso_code(struct lr_hoso_b *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, const char *type)
{
	const char *s = need_str(b, o, key, LR_HOSO_REQ);

	if (s != NULL && !lr_schema_has_code(b->h->schema, type, s))
		lr_hoso_why(b, key, "unknown code '%s' (not in %s)", s, type);
	else
		lr_hoso_put(parent, name, s);
}

long
lr_hoso_index(struct lr_hoso_b *b, const json_t *o, const char *key, size_t n)
{
	const json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return -1;
	if (!json_is_integer(v) || json_integer_value(v) < 0 ||
	    (size_t)json_integer_value(v) >= n) {
		lr_hoso_why(b, key, "not the index of an owner");
		return -1;
	}
	return (long)json_integer_value(v);
}

xmlNodePtr
lr_hoso_each(struct lr_hoso_b *b, xmlNodePtr parent, const char *box, const char *part,
    const json_t *list, void (*fn)(struct lr_hoso_b *, xmlNodePtr, const json_t *,
    long))
{
	xmlNodePtr c = xmlNewChild(parent, NULL, BAD_CAST box, NULL);
	const json_t *o;
	size_t i;

	json_array_foreach(list, i, o) {
		lr_hoso_at(b, part, (long)i);
		if (json_is_object(o))
			fn(b, c, o, (long)i);
		else
			lr_hoso_why(b, "", "not an object");
	}
	return c;
}

/* The commune an address names, or NULL and why. */
static const char *
by_name(const lr_units *u, const char *addr, enum lr_era era, char *why,
    size_t n)
{
	int amb;
	const char *code = lr_units_find(u, addr, NULL, era, &amb);

	if (code == NULL && amb > 1)
		snprintf(why, n, "missing; the address names %d communes of that "
		    "name (review)", amb);
	else if (code == NULL)
		snprintf(why, n, "missing, and the address names no known commune");
	return code;
}

/* Today's code of an old commune (as is when the map does not know it), or
 * NULL and why when it was split. */
static const char *
current(const lr_units *u, const char *code, char *why, size_t n)
{
	const char *out[64];
	int k = lr_units_current(u, code, out, 64);

	if (k == 0)
		return code;
	if (k == 1)
		return out[0];
	snprintf(why, n, "commune %s was split in July 2025 (%s ... %s); review",
	    code, out[0], out[(k < 64 ? k : 64) - 1]);
	return NULL;
}

void
lr_hoso_commune(struct lr_hoso_b *b, xmlNodePtr parent, const json_t *o, int required)
{
	const char *code = lr_hoso_str(b, o, "commune_code");
	const char *addr = lr_hoso_str(b, o, "address");
	char why[256] = "missing";
	lr_units *u = b->h->units;

	if (code == NULL && u != NULL && addr != NULL)
		code = by_name(u, addr, b->era, why, sizeof(why));
	if (code != NULL && u != NULL && b->map_units)
		code = current(u, code, why, sizeof(why));
	if (code == NULL && required)
		lr_hoso_why(b, "commune_code", "%s", why);
	lr_hoso_put(parent, "maXa", code);
}
