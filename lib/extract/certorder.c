/* Certificates: the order their dates keep (an owner born before the
 * certificate is issued, a land term ending after it, the register's
 * entries dated on or after it), and the values that break it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cert-int.h"

int
lr_x_term_end(const char *term, int *y, int *m, int *d, int *whole)
{
	char *f = lr_x_fold(term);
	int n = -1, ret = -1;

	*d = 0, *m = 1, *y = 0;
	if (f != NULL && sscanf(f, "den ngay %d %d %d%n", d, m, y, &n) != 3 &&
	    sscanf(f, "den nam %d%n", y, &n) == 1)
		*m = 12, *d = 31;
	if (n > 0)
		ret = 0, *whole = n == (int)strlen(f);
	free(f);
	return ret;
}

/* Add a doubt on the field at path (a format of element i's path,
 * "certificate.owners[%zu].birth_year") for reason to out (room for max,
 * *n used), disagreeing with the date of issue. */
static void
doubt(lr_cert_doubt *out, int max, int *n, const char *path, size_t i,
    const char *reason)
{
	if (*n >= max)
		return;
	snprintf(out[*n].field, sizeof(out[*n].field), path, i);
	snprintf(out[*n].also, sizeof(out[*n].also), "certificate.date");
	out[*n].reason = reason;
	(*n)++;
}

/* The date of ISO string s ("2017-11-21") as yyyymmdd; 0 when none. */
static long
day_of(const char *s)
{
	int y, m, d;

	return s != NULL && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 ?
	    y * 10000L + m * 100 + d : 0;
}

/* Owners born after the date of issue (yyyymmdd). */
static void
births(const json_t *cert, long issued, lr_cert_doubt *out, int max, int *n)
{
	size_t i;
	json_t *o;

	json_array_foreach(json_object_get(cert, "owners"), i, o) {
		json_int_t by = json_integer_value(json_object_get(o,
		    "birth_year"));
		if (by <= 0 || by <= issued / 10000)
			continue;
		doubt(out, max, n, "certificate.owners[%zu].birth_year", i,
		    "born after the certificate's date of issue");
	}
}

/* Purposes whose term ends before the date of issue. */
static void
terms(const json_t *cert, long issued, lr_cert_doubt *out, int max, int *n)
{
	size_t i;
	json_t *u;
	int y, m, d, whole;

	json_array_foreach(json_object_get(json_object_get(cert, "parcel"),
	    "purposes"), i, u) {
		const char *t = json_string_value(json_object_get(u, "term"));
		if (t == NULL || lr_x_term_end(t, &y, &m, &d, &whole) != 0 ||
		    y * 10000L + m * 100 + d >= issued)
			continue;
		doubt(out, max, n, "certificate.parcel.purposes[%zu].term", i,
		    "the term ends before the certificate's date of issue");
	}
}

/* Register entries dated before the date of issue. */
static void
changes(const json_t *cert, long issued, lr_cert_doubt *out, int max,
    int *n)
{
	size_t i;
	json_t *c;

	json_array_foreach(json_object_get(cert, "changes"), i, c) {
		long on = day_of(json_string_value(json_object_get(c, "date")));
		if (on == 0 || on >= issued)
			continue;
		doubt(out, max, n, "certificate.changes[%zu].date", i,
		    "a change dated before the certificate's date of issue");
	}
}

int
lr_x_cert_order(const json_t *cert, lr_cert_doubt *out, int max)
{
	long issued = day_of(json_string_value(json_object_get(cert, "date")));
	int n = 0;

	if (issued == 0)
		return 0;
	births(cert, issued, out, max, &n);
	terms(cert, issued, out, max, &n);
	changes(cert, issued, out, max, &n);
	return n;
}
