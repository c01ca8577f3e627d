/* Vietnamese text folding over utf8proc. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "vntext.h"

enum fold { KEEP_MARKS, DROP_TONES, DROP_ALL };

static int
is_tone(utf8proc_int32_t c)
{
	/* grave, acute, tilde, hook above, dot below */
	return c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323;
}

static char *
map(const char *s, utf8proc_option_t opt)
{
	utf8proc_uint8_t *out = NULL;

	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
	    UTF8PROC_NULLTERM | opt) < 0)
		return NULL;
	return (char *)out;
}

/* Is s valid UTF-8 that NFC leaves as it is because it holds only code
 * points below the combining marks (U+0300) and of Latin Extended
 * Additional (U+1E00..U+1EFF, Vietnamese's precomposed letters)?  None of
 * them is changed by NFC, nor composes with what follows it without a
 * combining mark.  0 when it cannot be told so cheaply. */
static int
nfc_already(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	for (; *p != '\0'; p += n) {
		if (*p < 0x80) {
			n = 1;
			continue;
		}
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0 ||
		    !(c < 0x300 || (c >= 0x1e00 && c <= 0x1eff)))
			return 0;
	}
	return 1;
}

/* Case-fold s, drop marks as asked, and return the NFC result. */
static char *
fold(const char *s, enum fold how)
{
	char *nfd, *kept, *res;
	utf8proc_ssize_t n;
	utf8proc_int32_t c;
	const utf8proc_uint8_t *p;
	size_t o = 0;

	if ((nfd = map(s, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD)) == NULL)
		return NULL;
	if ((kept = malloc(strlen(nfd) + 1)) == NULL) {
		free(nfd);
		return NULL;
	}
	for (p = (const utf8proc_uint8_t *)nfd; *p; p += n) {
		n = utf8proc_iterate(p, -1, &c);
		if (n <= 0)
			break;
		if ((how == DROP_TONES && is_tone(c)) || (how == DROP_ALL &&
		    utf8proc_category(c) == UTF8PROC_CATEGORY_MN))
			continue;
		/* đ, and ð, the eth OCR reads for it ("ÐĐun") */
		if (how != KEEP_MARKS && c == 0xf0)
			c = 0x111;
		if (how == DROP_ALL && c == 0x111)
			c = 'd';
		o += utf8proc_encode_char(c, (utf8proc_uint8_t *)kept + o);
	}
	kept[o] = '\0';
	free(nfd);
	if (nfc_already(kept))	/* all marks dropped, or none there */
		return kept;
	res = map(kept, UTF8PROC_COMPOSE);
	free(kept);
	return res;
}

/* The tone (1..5) of combining mark c, or 0. */
static int
tone_of(utf8proc_int32_t c)
{
	static const utf8proc_int32_t tones[] = { 0x300, 0x301, 0x303, 0x309,
	    0x323 };

	for (int i = 0; i < 5; i++)
		if (tones[i] == c)
			return i + 1;
	return 0;
}

char *
lr_tonekey(const char *s)
{
	char *low = lr_toneless(s), *nfd = map(s, UTF8PROC_DECOMPOSE), *out;
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)nfd;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t o = 0;
	int tone = 0;

	out = low && nfd ? malloc(strlen(low) * 2 + 2) : NULL;
	for (const char *l = low; out != NULL; l++) {
		if (*l == ' ' || *l == '\0') {
			while (*p != '\0' && *p != ' ' &&
			    (n = utf8proc_iterate(p, -1, &c)) > 0)
				tone = tone ? tone : tone_of(c), p += n;
			if (tone)
				out[o++] = (char)('0' + tone);
			tone = 0, p += *p == ' ';
		}
		if (*l == '\0')
			break;
		out[o++] = *l;
	}
	if (out != NULL)
		out[o] = '\0';
	free(low), free(nfd);
	return out;
}

/* Whether s starts with an eth (U+00D0, U+00F0), or with a d-stroke
 * (U+0110, U+0111), in UTF-8. */
static int
is_eth(const char *s)
{
	return s[0] == '\xc3' && (s[1] == '\x90' || s[1] == '\xb0');
}

static int
is_dstroke(const char *s)
{
	return s[0] == '\xc4' && (s[1] == '\x90' || s[1] == '\x91');
}

char *
lr_eth_fix(char *s)
{
	char *w = s;

	for (const char *r = s; *r != '\0';) {
		if (!is_eth(r)) {
			*w++ = *r++;
			continue;
		}
		if (!(w - s >= 2 && is_dstroke(w - 2)) && !is_dstroke(r + 2)) {
			*w++ = '\xc4';
			*w++ = r[1] == '\x90' ? '\x90' : '\x91';
		}
		r += 2;
	}
	*w = '\0';
	return s;
}

/* The length of the glyph at p when it is one OCR reads for the raised
 * small 2 of m²: a digit, a capital, a quote, a degree sign, a mark ("m2",
 * "m3", "mỶ", "m”", "m°", "m*"); not a lower-case letter (a word), a
 * bracket, a dash nor a full stop, comma, colon or semicolon (the metre
 * "m" ending a clause).  0 when none. */
static size_t
raised_two(const char *p)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, -1,
	    &c);

	if (n <= 0 || c <= ' ' || (c < 0x80 && strchr(",.;:!", (int)c) != NULL))
		return 0;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_PO:
	case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_SM:
		return (size_t)n;
	default:
		return 0;
	}
}

/* Is p, within s, the unit m² read "m" and one raised glyph (raised_two()):
 * after a digit (a space between or not), before no letter nor digit?
 * Then the glyph's length, else 0. */
static size_t
area_unit(const char *s, const char *p)
{
	const char *b = p > s && p[-1] == ' ' ? p - 1 : p;
	size_t n;

	if (p[0] != 'm' || b == s || !isdigit((unsigned char)b[-1]) ||
	    (n = raised_two(p + 1)) == 0)
		return 0;
	return !isalnum((unsigned char)p[1 + n]) &&
	    (unsigned char)p[1 + n] < 0x80 ? n : 0;
}

/* At the end w of an area's number written into out: a full stop before
 * its last one or two digits is the decimal comma misread ("104.6 m²";
 * a thousands' stop has three digits after it). */
static void
decimal_comma(char *out, char *w)
{
	char *d = w > out && w[-1] == ' ' ? w - 1 : w;
	int k = 0;

	while (d > out && isdigit((unsigned char)d[-1]) && k < 3)
		d--, k++;
	if (k >= 1 && k <= 2 && d - out >= 2 && d[-1] == '.' &&
	    isdigit((unsigned char)d[-2]))
		d[-1] = ',';
}

char *
lr_area_unit_fix(char *s)
{
	char *out, *w;
	size_t n;

	if (s == NULL)
		return NULL;
	/* "m" and a glyph of one byte or more become "m²" (3 bytes) */
	if ((out = w = malloc(2 * strlen(s) + 1)) == NULL) {
		free(s);
		return NULL;
	}
	for (const char *r = s; *r != '\0'; r++) {
		if ((n = area_unit(s, r)) > 0) {
			decimal_comma(out, w);
			memcpy(w, "m\xc2\xb2", 3);
			w += 3, r += n;
		} else
			*w++ = *r;
	}
	*w = '\0';
	free(s);
	return out;
}

char *
lr_nfc(const char *s)
{
	return nfc_already(s) ? strdup(s) : map(s, UTF8PROC_COMPOSE);
}

char *
lr_lower(const char *s)
{
	return fold(s, KEEP_MARKS);
}

char *
lr_toneless(const char *s)
{
	return fold(s, DROP_TONES);
}

char *
lr_ascii(const char *s)
{
	return fold(s, DROP_ALL);
}

/* Append code point c to out at *o, upper-cased when up. */
static void
put(char *out, size_t *o, utf8proc_int32_t c, int up)
{
	if (up)
		c = utf8proc_toupper(c);
	*o += utf8proc_encode_char(c, (utf8proc_uint8_t *)out + *o);
}

/* End out at o, free it and low, and return out in NFC. */
static char *
done(char *out, size_t o, char *low)
{
	char *res;

	out[o] = '\0';
	free(low);
	res = lr_nfc(out);
	free(out);
	return res;
}

char *
lr_title(const char *s)
{
	char *low, *out;
	const utf8proc_uint8_t *p;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t o = 0;
	int start = 1, space = 0;

	if ((low = lr_lower(s)) == NULL)
		return NULL;
	if ((out = malloc(strlen(low) * 2 + 1)) == NULL) {
		free(low);
		return NULL;
	}
	for (p = (const utf8proc_uint8_t *)low; *p; p += n) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			break;
		if (utf8proc_category(c) == UTF8PROC_CATEGORY_ZS || c == '\t' ||
		    c == '\n' || c == '\r') {
			space = o > 0;
			start = 1;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = 0;
		put(out, &o, c, start);
		start = c == '-';	/* "Phan Rang-Tháp Chàm" */
	}
	return done(out, o, low);
}

/* The letters of a word by case. */
struct cases {
	int upper, lower;
	int first;		/* the first letter is a capital: 1, small: 0 */
};

static void
cases_of(const char *s, struct cases *k)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	k->upper = k->lower = 0;
	k->first = -1;
	for (; *p; p += n) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			break;
		if (!utf8proc_isupper(c) && !utf8proc_islower(c))
			continue;
		if (k->first < 0)
			k->first = utf8proc_isupper(c);
		k->upper += utf8proc_isupper(c);
		k->lower += utf8proc_islower(c);
	}
}

int
lr_case_of(const char *s)
{
	struct cases k;

	cases_of(s, &k);
	if (k.upper == 0)
		return LR_CASE_SMALL;
	if (k.lower == 0)
		return LR_CASE_CAPS;
	return k.first == 1 && k.upper == 1 ? LR_CASE_TITLE : LR_CASE_ODD;
}

char *
lr_case_as(const char *s, const char *model)
{
	struct cases k;
	int start = 1, caps;
	char *low = lr_lower(s), *out;
	const utf8proc_uint8_t *p;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t o = 0;

	if (low == NULL || (out = malloc(strlen(low) * 3 + 1)) == NULL) {
		free(low);
		return NULL;
	}
	cases_of(model, &k);
	caps = k.upper > 0 && k.lower == 0;
	for (p = (const utf8proc_uint8_t *)low; *p; p += n) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			break;
		put(out, &o, c, caps || (k.first == 1 && start));
		start = 0;
	}
	return done(out, o, low);
}

int
lr_alnum(int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}

int
lr_alnums(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	int count = 0;

	for (; *p; p += n) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			break;
		count += lr_alnum(c);
	}
	return count;
}

int
lr_utf8_clean(const char *s, size_t n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	while (n > 0) {
		k = utf8proc_iterate(p, (utf8proc_ssize_t)n, &c);
		if (k <= 0)
			return 0;
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7f || (c >= 0x80 && c < 0xa0))
			return 0;
		p += k;
		n -= (size_t)k;
	}
	return 1;
}

/* The longest strings lr_edit_distance() compares. */
#define EDIT_MAXLEN 96

int
lr_edit_distance(const char *a, const char *b, int max)
{
	int la = (int)strlen(a), lb = (int)strlen(b), row[EDIT_MAXLEN + 1];

	if (la > EDIT_MAXLEN || lb > EDIT_MAXLEN || abs(la - lb) > max)
		return max + 1;
	for (int j = 0; j <= lb; j++)
		row[j] = j;
	for (int i = 1; i <= la; i++) {
		int diag = row[0], best;
		row[0] = best = i;
		for (int j = 1; j <= lb; j++) {
			int up = row[j], v = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			diag = up;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
	}
	return row[lb] > max ? max + 1 : row[lb];
}

int
lr_a_misread(const char *k, const char *p)
{
	int n = 0;

	if (strlen(k) != strlen(p))
		return -1;
	for (; *p != '\0'; k++, p++)
		if (*k != *p && (*p != 'a' || (*k != 'o' && *k != 'u')))
			return -1;
		else
			n += *k != *p;
	return n;
}

/* Is code point c one of the letters b, of n? */
static int
one_of(utf8proc_int32_t c, const utf8proc_int32_t *b, int n)
{
	while (n-- > 0)
		if (b[n] == c)
			return 1;
	return 0;
}

/* The letters where k and p differ, each a pair pair() allows (c of k
 * for d of p); -1 when another pair differs or the lengths do. */
static int
shaped_diff(const char *k, const char *p, int (*pair)(utf8proc_int32_t,
    utf8proc_int32_t))
{
	const utf8proc_uint8_t *x = (const utf8proc_uint8_t *)k,
	    *y = (const utf8proc_uint8_t *)p;
	utf8proc_int32_t c, d;
	utf8proc_ssize_t m, n;
	int diff = 0;

	for (; *x != '\0' && *y != '\0'; x += m, y += n) {
		if ((m = utf8proc_iterate(x, -1, &c)) <= 0 ||
		    (n = utf8proc_iterate(y, -1, &d)) <= 0)
			return -1;
		if (c == d)
			continue;
		if (!pair(c, d))
			return -1;
		diff++;
	}
	return *x == '\0' && *y == '\0' ? diff : -1;
}

/* lr_a_misread_shaped()'s pairs: an a, ă or â read as o, ô, ơ, u or ư,
 * or â as ê. */
static int
a_shaped(utf8proc_int32_t c, utf8proc_int32_t d)
{
	static const utf8proc_int32_t as[] = { 'a', 0x103, 0xE2 };
	static const utf8proc_int32_t os[] = { 'o', 0xF4, 0x1A1, 'u', 0x1B0 };

	return one_of(d, as, 3) && (one_of(c, os, 5) || (d == 0xE2 &&
	    c == 0xEA));
}

/* lr_a_one_storey()'s pairs: an a read as o or ơ, an â as ô. */
static int
a_one_storey(utf8proc_int32_t c, utf8proc_int32_t d)
{
	return (d == 'a' && (c == 'o' || c == 0x1A1)) || (d == 0xE2 &&
	    c == 0xF4);
}

int
lr_a_misread_shaped(const char *k, const char *p)
{
	return shaped_diff(k, p, a_shaped);
}

int
lr_a_one_storey(const char *k, const char *p)
{
	return shaped_diff(k, p, a_one_storey);
}

char *
lr_sentence_case(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	char *out;

	if (s == NULL || (n = utf8proc_iterate(p, -1, &c)) <= 0 ||
	    (out = malloc(strlen(s) + 8)) == NULL)
		return NULL;
	n = utf8proc_encode_char(utf8proc_toupper(c), (utf8proc_uint8_t *)out);
	strcpy(out + n, s + utf8proc_iterate(p, -1, &c));
	return out;
}
