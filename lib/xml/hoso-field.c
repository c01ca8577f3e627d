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
hb_why(struct hb *b, const char *key, const char *fmt, ...)
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
hb_at(struct hb *b, const char *part, long i)
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
hb_str(struct hb *b, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	const char *s;

	if (v == NULL || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		hb_why(b, key, "not a string");
		return NULL;
	}
	s = json_string_value(v);
	if (!xml_clean(s, json_string_length(v))) {
		hb_why(b, key, "control character or invalid UTF-8");
		return NULL;
	}
	return *s ? s : NULL;
}

xmlNodePtr
hb_put(xmlNodePtr parent, const char *name, const char *value)
{
	if (value == NULL)
		return NULL;
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST value);
}

void
hb_ref(xmlNodePtr parent, const char *name, const char *prefix, long i)
{
	char id[32];

	named_number(id, sizeof(id), prefix, i + 1);
	hb_put(parent, name, id);
}

/* The value at o.key; NULL when absent or null, refused if required. */
static const json_t *
field(struct hb *b, const json_t *o, const char *key, int required)
{
	const json_t *v = json_object_get(o, key);

	if (v != NULL && !json_is_null(v))
		return v;
	if (required)
		hb_why(b, key, "missing");
	return NULL;
}

/* The string at o.key; when there is none, and nothing else was said about
 * it, "missing" if required. */
static const char *
need_str(struct hb *b, const json_t *o, const char *key, int required)
{
	size_t before = json_array_size(b->reasons);
	const char *s = hb_str(b, o, key);

	if (s == NULL && required && json_array_size(b->reasons) == before)
		hb_why(b, key, "missing");
	return s;
}

void
hb_text(struct hb *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, int required)
{
	hb_put(parent, name, need_str(b, o, key, required));
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
hb_date(struct hb *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, int required)
{
	const char *s = need_str(b, o, key, required);
	char out[40];
	int y, m, d;

	if (s == NULL)
		return;
	if (!iso_date(s, &y, &m, &d)) {
		hb_why(b, key, "'%s' is not a date (yyyy-mm-dd)", s);
		return;
	}
	snprintf(out, sizeof(out), "%02d/%02d/%04d", d, m, y);
	hb_put(parent, name, out);
}

/* The whole number v (a JSON integer or a string of digits) as text in buf
 * (room for 21 bytes); NULL after saying why. */
static const char *
whole_text(struct hb *b, const json_t *v, const char *key, char *buf)
{
	const char *s = json_string_value(v);

	if (json_is_integer(v)) {
		put_long(buf, (long long)json_integer_value(v));
		return buf;
	}
	if (s != NULL && *s != '\0' && s[strspn(s, "0123456789")] == '\0' &&
	    strlen(s) <= 18)
		return s;
	hb_why(b, key, "not a whole number");
	return NULL;
}

/* The positive number v as decimal text in buf (no exponent, no trailing
 * zeros); NULL after saying why. */
static const char *
decimal_text(struct hb *b, const json_t *v, const char *key, char *buf,
    size_t n)
{
	double x = json_number_value(v);
	size_t len;

	if (!json_is_number(v) || !isfinite(x) || x <= 0 || x >= 1e12) {
		hb_why(b, key, "not a positive number");
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
hb_number(struct hb *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, int how)
{
	const json_t *v = field(b, o, key, how & HB_REQ);
	char buf[64];

	if (v != NULL)
		hb_put(parent, name, (how & HB_WHOLE) ?
		    whole_text(b, v, key, buf) :
		    decimal_text(b, v, key, buf, sizeof(buf)));
}

void
hb_code(struct hb *b, xmlNodePtr parent, const char *name, const json_t *o,
    const char *key, const char *type)
{
	const char *s = need_str(b, o, key, HB_REQ);

	if (s != NULL && !lr_schema_has_code(b->h->schema, type, s))
		hb_why(b, key, "unknown code '%s' (not in %s)", s, type);
	else
		hb_put(parent, name, s);
}

long
hb_index(struct hb *b, const json_t *o, const char *key, size_t n)
{
	const json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return -1;
	if (!json_is_integer(v) || json_integer_value(v) < 0 ||
	    (size_t)json_integer_value(v) >= n) {
		hb_why(b, key, "not the index of an owner");
		return -1;
	}
	return (long)json_integer_value(v);
}

xmlNodePtr
hb_each(struct hb *b, xmlNodePtr parent, const char *box, const char *part,
    const json_t *list, void (*fn)(struct hb *, xmlNodePtr, const json_t *,
    long))
{
	xmlNodePtr c = xmlNewChild(parent, NULL, BAD_CAST box, NULL);
	const json_t *o;
	size_t i;

	json_array_foreach(list, i, o) {
		hb_at(b, part, (long)i);
		if (json_is_object(o))
			fn(b, c, o, (long)i);
		else
			hb_why(b, "", "not an object");
	}
	return c;
}
