/* The cell cleaners: forms of IDs, dates, areas and names. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "clean.h"
#include "tmap.h"
#include "text/text.h"

/* s without leading and trailing white space, into buf (n bytes). */
static void
trimmed(const char *s, char *buf, size_t n)
{
	size_t len;

	s += strspn(s, " \t\r\n");
	len = strlen(s) < n ? strlen(s) : n - 1;
	memmove(buf, s, len);
	buf[len] = '\0';
	len = strlen(buf);
	while (len > 0 && isspace((unsigned char)buf[len - 1]))
		buf[--len] = '\0';
}

/* Expand "1.1077001234E+10" into digits when the mantissa holds them all.
 * Returns 1 (done), 0 (not this form), -1 (digits lost). */
static int
expand_sci(const char *s, char *out, size_t n)
{
	char mant[32] = "";
	int k = 0, exp;
	const char *e = strpbrk(s, "eE");

	if (e == NULL || !isdigit((unsigned char)s[0]))
		return 0;
	for (const char *p = s; p < e; p++) {
		if (isdigit((unsigned char)*p) && k < 30)
			mant[k++] = *p;
		else if (*p != '.' && *p != ',')
			return 0;
	}
	if (sscanf(e + 1, "%d", &exp) != 1 || exp < 6 || exp > 14)
		return 0;
	while (k > 1 && mant[k - 1] == '0' && k > exp + 1)
		k--;
	if (k > exp + 1 || (size_t)exp + 2 > n)
		return 0;
	if (k < exp + 1)
		return -1;
	memcpy(out, mant, (size_t)k);
	out[k] = '\0';
	return 1;
}

/* Keep the digits of s, dropping spaces, dots, dashes and a number cell's
 * ".0".  Returns -1 when another character is there. */
static int
digits_of(const char *s, int number, char *out, size_t n, int *dropped)
{
	size_t k = 0, len = strlen(s);

	if (number && len > 2 && strcmp(s + len - 2, ".0") == 0)
		len -= 2;
	*dropped = 0;
	for (size_t i = 0; i < len; i++) {
		if (isdigit((unsigned char)s[i]) && k + 1 < n)
			out[k++] = s[i];
		else if (strchr(" .-", s[i]) != NULL)
			(*dropped)++;
		else
			return -1;
	}
	out[k] = '\0';
	return 0;
}

enum lr_idread
lr_clean_id(const char *s, int number, char out[13], const char **change)
{
	char t[64], d[40];
	int sci, dropped = 0;
	size_t len;
	lr_id_parts parts;

	*change = NULL;
	trimmed(s, t, sizeof(t));
	if (t[0] == '\0')
		return LR_IDR_EMPTY;
	if ((sci = expand_sci(t, d, sizeof(d))) < 0)
		return LR_IDR_LOST;
	if (sci > 0)
		*change = "scientific";
	else if (digits_of(t, number, d, sizeof(d), &dropped) != 0)
		return LR_IDR_BAD;
	else if (dropped)
		*change = "separators";
	len = strlen(d);
	if (len == 11 || len == 8) {
		memmove(d + 1, d, len + 1);
		d[0] = '0';
		len++;
		*change = sci ? "scientific" : "leading-zero";
	}
	if (len != 9 && len != 12)
		return LR_IDR_BAD;
	memcpy(out, d, len + 1);
	if (len == 12 && (lr_id_parts_of(out, &parts) != 0 ||
	    parts.year > LR_ID_LAST_YEAR))
		return LR_IDR_BAD;
	return LR_IDR_OK;
}

/* 1 when y is a plausible birth year. */
static int
plausible(int y)
{
	return y >= 1880 && y <= 2030;
}

/* A date d m y into iso, when it is one. */
static int
set_date(int d, int m, int y, int *year, char iso[11])
{
	if (!plausible(y) || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	y %= 10000, m %= 100, d %= 100;
	*year = y;
	snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
	return 1;
}

/* An Excel date serial (days since 1899-12-30) as an ISO date. */
static int
from_serial(long serial, int *year, char iso[11])
{
	long z = serial - 25569 + 719468;	/* days since 0000-03-01 */
	long era = z / 146097, doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153, dd = doy - (153 * mp + 2) / 5 + 1;
	long mm = mp < 10 ? mp + 3 : mp - 9, yy = yoe + era * 400 + (mm <= 2);

	if (!plausible((int)yy))
		return -1;
	*year = (int)yy;
	return set_date((int)dd, (int)mm, (int)yy, year, iso);
}

int
lr_clean_birth(const char *s, int number, int *year, char iso[11],
    const char **change)
{
	char t[64], sep1, sep2, rest;
	int a, b, c;

	*change = NULL;
	iso[0] = '\0';
	trimmed(s, t, sizeof(t));
	if (t[0] == '\0')
		return 0;
	if (sscanf(t, "%d%c", &a, &rest) == 1 || (number &&
	    sscanf(t, "%d.0%c", &a, &rest) == 1)) {
		if (plausible(a)) {
			*year = a;
			return 1;
		}
		*change = "excel-date";
		return number && a > 0 && a < 80000 ? from_serial(a, year, iso) : -1;
	}
	if (sscanf(t, "%d%c%d%c%d%c", &a, &sep1, &b, &sep2, &c, &rest) != 5 ||
	    sep1 != sep2 || strchr("/-.", sep1) == NULL)
		return -1;
	*change = "date";
	return a > 31 ? set_date(c, b, a, year, iso) : set_date(a, b, c, year, iso);
}

/* Drop a unit word at the end of t; returns the factor to m². */
static double
unit_of(char *t, int ha, const char **change)
{
	static const struct { const char *word; double f; } units[] = {
		{ "m²", 1 }, { "m2", 1 }, { "ha", 10000 }, { "m", 1 }
	};
	size_t len = strlen(t);

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		size_t n = strlen(units[i].word);
		if (len >= n && strcasecmp(t + len - n, units[i].word) == 0) {
			t[len - n] = '\0';
			*change = "unit";
			return units[i].f;
		}
	}
	return ha ? 10000 : 1;
}

/* 1 when s is digits in groups of three after a separator sep:
 * "1.234.567". */
static int
grouped(const char *s, char sep)
{
	const char *p = strchr(s, sep);
	size_t lead = p ? (size_t)(p - s) : 0;

	if (p == NULL || lead == 0 || lead > 3)
		return 0;
	for (; *p == sep; p += 4)
		if (strspn(p + 1, "0123456789") != 3)
			return 0;
	return *p == '\0';
}

/* Rewrite the number t (digits, '.' and ',') as C reads it. */
static int
plain_number(char *t, const char **change)
{
	char *dot = strrchr(t, '.'), *comma = strrchr(t, ','), *o = t;
	char dec = 0;

	if (dot && comma)
		dec = dot > comma ? '.' : ',';
	else if (comma)
		dec = grouped(t, ',') ? 0 : ',';
	else if (dot)
		dec = grouped(t, '.') ? 0 : '.';
	for (char *p = t; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p))
			*o++ = *p;
		else if (*p == dec)
			*o++ = '.';
		else if (*p != '.' && *p != ',' && *p != ' ')
			return -1;
	}
	*o = '\0';
	if ((comma || (dot && dec != '.')) && *change == NULL)
		*change = "separators";
	return o > t ? 0 : -1;
}

int
lr_clean_area(const char *s, int number, int ha, double *area,
    const char **change)
{
	char t[64];
	double f;

	*change = NULL;
	trimmed(s, t, sizeof(t));
	if (t[0] == '\0')
		return 0;
	if (number) {
		*area = strtod(t, NULL) * (ha ? 10000 : 1);
		*change = ha ? "unit" : NULL;
		return *area > 0 ? 1 : -1;
	}
	f = unit_of(t, ha, change);
	if (f != 1)
		*change = "unit";
	trimmed(t, t, sizeof(t));
	if (plain_number(t, change) != 0)
		return -1;
	*area = strtod(t, NULL) * f;
	*area = round(*area * 100) / 100;
	return *area > 0 ? 1 : -1;
}

/* 1 when p (NFD UTF-8) starts a tone mark: grave, acute, tilde, hook
 * above or dot below (U+0300 U+0301 U+0303 U+0309 U+0323). */
static int
tone_at(const char *p)
{
	unsigned char a = (unsigned char)p[0], b = a ? (unsigned char)p[1] : 0;

	return a == 0xCC && (b == 0x80 || b == 0x81 || b == 0x83 ||
	    b == 0x89 || b == 0xA3);
}

/* 1 when p[0], p[1] are the vowels oa, oe or uy (any case) and the
 * syllable does not start with q there ("quý" keeps its mark). */
static int
tone_pair(const char *start, const char *p)
{
	char a = (char)tolower((unsigned char)p[0]), b = (char)tolower((unsigned char)p[1]);

	if (p > start && tolower((unsigned char)p[-1]) == 'q')
		return 0;
	return (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
}

char *
lr_clean_tones(const char *s)
{
	char *d = (char *)utf8proc_NFD((const utf8proc_uint8_t *)s), *out;

	if (d == NULL)
		return NULL;
	for (char *p = d; p[0] != '\0' && p[1] != '\0'; p++) {
		char t0, t1;
		if (!tone_pair(d, p) || !tone_at(p + 2) ||
		    isalpha((unsigned char)p[4]) || (unsigned char)p[4] == 0xCC)
			continue;
		t0 = p[2], t1 = p[3];	/* oa + mark -> o + mark + a */
		p[3] = p[1];
		p[1] = t0, p[2] = t1;
		p += 3;
	}
	out = lr_nfc(d);
	free(d);
	return out;
}

/* The length of the title at the start of folded name f, 0 when none;
 * *household set for a household's. */
static size_t
title_len(const char *f, int *household)
{
	static const char *const titles[] = {
		"ho gia dinh ong ", "ho gia dinh ba ", "ho gia dinh ",
		"ho ong ", "ho ba ", "ong ", "ba ", "o ", "b "
	};

	for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++)
		if (strncmp(f, titles[i], strlen(titles[i])) == 0) {
			*household = i < 5;
			return strlen(titles[i]);
		}
	return 0;
}

char *
lr_clean_name(const char *s, int *household)
{
	char *c = lr_clean_tones(s), *t = c ? lr_title(c) : NULL, *f, *p;
	size_t words;

	free(c);
	*household = 0;
	if (t == NULL || (f = lr_tfold(t)) == NULL)
		return t;
	words = 0;
	for (const char *q = f; *q != '\0' && q < f + title_len(f, household); q++)
		words += *q == ' ';
	free(f);
	for (p = t; words > 0 && (p = strchr(p, ' ')) != NULL; words--)
		p++;
	if (p != NULL && p != t && *p != '\0')
		memmove(t, p, strlen(p) + 1);
	return t;
}

int
lr_clean_split(const char *s, char **out, int max)
{
	static const char *const seps[] = { " và ", " Và ", " VÀ ", " & ", ";", "\n" };
	char *copy = strdup(s), *p = copy;
	int n = 0;

	while (p != NULL && n < max) {
		char *cut = NULL, *at;
		size_t sl = 0;
		for (size_t i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
			if ((at = strstr(p, seps[i])) != NULL && (!cut || at < cut)) {
				cut = at;
				sl = strlen(seps[i]);
			}
		if (cut != NULL)
			*cut = '\0';
		p += strspn(p, " \t\r");
		if (*p != '\0')
			out[n++] = strdup(p);
		p = cut ? cut + sl : NULL;
	}
	free(copy);
	return n;
}
