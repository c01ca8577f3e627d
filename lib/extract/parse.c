/* Typed value parsers over the token stream: numbers, decision numbers,
 * dates, years, areas, amounts in words and personal ID numbers, with the
 * OCR repairs each allows. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "parse-int.h"
#include "text/text.h"

/* Set *sp to tokens [a, b) read with quality q for reason why. */
static int
span(lr_span *sp, int a, int b, double q, const char *why)
{
	sp->a = a, sp->b = b, sp->q = q, sp->why = q < 1 ? why : NULL;
	return 0;
}

int
lr_ocr_digit(char c, int *repaired)
{
	static const char from[] = "OoDQlIi|!ZzSsGBgq";
	static const char to[] = "00001111122556899";
	const char *p;

	if (isdigit((unsigned char)c))
		return c - '0';
	if (c == '\0' || (p = strchr(from, c)) == NULL)
		return -1;
	(*repaired)++;
	return to[p - from] - '0';
}

/* Copy s to out (n bytes) with OCR letters inside a number made digits;
 * other characters kept.  Returns the repairs, or -1 when the word has no
 * real digit or is mostly letters (no number). */
static int
repair_number(const char *s, char *out, size_t n)
{
	int rep = 0, digits = 0, d;
	size_t o = 0;

	for (; *s != '\0' && o + 1 < n; s++) {
		if ((d = lr_ocr_digit(*s, &rep)) >= 0) {
			out[o++] = (char)('0' + d);
			digits++;
		} else
			out[o++] = *s;
	}
	out[o] = '\0';
	return rep == digits || rep * 2 > digits + 1 ? -1 : rep;
}

/* The figure character c stands for in a number set in old-style figures
 * (whose 0, 1, 2, 4 and 5 OCR reads as letters: "os/os/+o48" for
 * 05/05/2048): lr_ocr_digit's, and "t" for 1, "+" for 2, "a" for 4; -1. */
static int
old_figure(char c, int *rep)
{
	static const char from[] = "t+a";
	static const char to[] = "124";
	const char *p;

	if (c != '\0' && (p = strchr(from, c)) != NULL)
		return (*rep)++, to[p - from] - '0';
	return lr_ocr_digit(c, rep);
}

/* Token w (n bytes) as figures into out (n + 1 bytes): a number whose
 * groups of figures or old-style letters are parted by single "/", "."
 * or ",": a date's shape (d/m/yyyy), or two real digits when no "/"; 0
 * when it is no such number or holds no letter. */
static int
old_figures(const char *w, size_t n, char *out)
{
	int rep = 0, real = 0, groups = 1, slashes = 0, d;
	size_t len = 0, last = 0;

	for (size_t i = 0; i < n; i++) {
		if (strchr("/.,", w[i]) != NULL && i > 0 && i + 1 < n &&
		    strchr("/.,", w[i - 1]) == NULL) {
			slashes += w[i] == '/';
			len = i - last > len ? i - last : len;
			groups++, last = i + 1, out[i] = w[i];
			continue;
		}
		if ((d = old_figure(w[i], &rep)) < 0)
			return 0;
		real += isdigit((unsigned char)w[i]) != 0;
		out[i] = (char)('0' + d);
	}
	out[n] = '\0';
	return rep > 0 && groups > 1 && (slashes == 0 ? real >= 2 :
	    slashes == 2 && n - last == 4 && len <= 2);
}

int
lr_x_old_figures(char *s)
{
	int mended = 0;

	for (char *p = s; *p != '\0'; ) {
		size_t n = strcspn(p, " "), k = n;
		char buf[32];
		while (k > 0 && strchr(";:,.", p[k - 1]) != NULL)
			k--;	/* the statement's end */
		if (k > 0 && k < sizeof(buf) && old_figures(p, k, buf))
			memcpy(p, buf, k), mended++;
		p += n + strspn(p + n, " ");
	}
	return mended;
}

int
lr_x_old_id(const char *v, char out[13])
{
	int n = 0, rep = 0, d;

	for (const char *p = v; *p != '\0' && !strchr(";,", *p); p++) {
		if (strchr(" .-", *p) != NULL)
			continue;
		if (strncmp(p, "§", 2) == 0 || strncmp(p, "¡", 2) == 0)
			d = p[1] == '\xa7' ? 8 : 1, p++;
		else if ((d = old_figure(*p, &rep)) < 0)
			return 0;
		if (n == 12)
			return 0;
		out[n++] = (char)('0' + d);
	}
	out[n] = '\0';
	return n == 9 || n == 12;
}

int
lr_x_misread_number(const char *word)
{
	char buf[32];

	return strlen(word) < sizeof(buf) &&
	    repair_number(word, buf, sizeof(buf)) > 0 &&
	    isdigit((unsigned char)buf[0]);
}

size_t
lr_read_vnnum(const char *s, double *v, int *ambiguous)
{
	size_t n = 0, last = 0;
	int dots = 0, commas = 0, lastc = 0;
	char buf[64];

	while ((isdigit((unsigned char)s[n]) || s[n] == '.' || s[n] == ',') &&
	    n < 40) {
		if (!isdigit((unsigned char)s[n])) {
			dots += s[n] == '.', commas += s[n] == ',';
			last = n, lastc = s[n];
		}
		n++;
	}
	while (n > 0 && !isdigit((unsigned char)s[n - 1])) {
		dots -= s[n - 1] == '.', commas -= s[n - 1] == ',';
		n--;
	}
	if (n == 0 || !isdigit((unsigned char)s[0]))
		return 0;
	*ambiguous = 0;
	size_t tail = n - last - 1;
	/* "2.474.6": groups of thousands have three digits, so a last group
	 * of one or two is the decimals, their comma read as a dot */
	int decimal = lastc != 0 && (dots + commas > 1 ? (dots && commas) ||
	    tail < 3 : lastc == ',' || tail != 3);
	if (lastc == ',' && tail == 3 && dots == 0)
		*ambiguous = 1;	/* 1,230: a decimal comma, or thousands */
	if (dots + commas > 1 && !(dots && commas) && tail != 3)
		*ambiguous = 1;
	size_t o = 0;
	for (size_t i = 0; i < n && o + 2 < sizeof(buf); i++)
		if (isdigit((unsigned char)s[i]))
			buf[o++] = s[i];
		else if (decimal && i == last)
			buf[o++] = '.';
	buf[o] = '\0';
	*v = strtod(buf, NULL);
	return n;
}

/* A number read past punctuation OCR left between it and its label (a
 * speck, or a digit lost) or after it ("793_"). */
static const char why_stray[] = "stray punctuation by the number";

/* Where a number after its label starts: past ":-(" and past the marks
 * OCR makes of specks there ("Diện tích; 241,0", "Điều *1"), counted in
 * *stray. */
static int
number_start(const lr_toks *t, int i, int end, int *stray)
{
	int j = lr_tok_skip(t, i, end, ":-(");

	i = lr_tok_skip(t, j, end, ":-(;,.*'`\"^~_");
	*stray = i != j;
	return i;
}

/* The text of token i, past a "." or "," glued before its digits
 * (".390,0"), counted in *stray. */
static const char *
number_text(const lr_toks *t, int i, int *stray)
{
	const char *x = t->v[i].text;

	if ((x[0] == '.' || x[0] == ',') && isdigit((unsigned char)x[1]))
		x++, (*stray)++;
	return x;
}

/* The figures put back in tokens [a, b) when they were read
 * (TOK_REPAIRED, lr_tok.fixed), as repairs: a number holding one is
 * doubted. */
static int
tok_repairs(const lr_toks *t, int a, int b)
{
	int n = 0;

	for (; a < b; a++)
		n += t->v[a].fixed;
	return n;
}

/* The quality and reason of a number read with rep digit repairs and
 * stray punctuation before it. */
static int
number_span(const lr_xdata *s, lr_span *sp, int a, int b, int rep, int stray)
{
	return span(sp, a, b, rep || stray ? s->set[SET_REPAIR] : 1,
	    stray ? why_stray : "digits repaired");
}

int
lr_parse_int(const lr_xdata *s, const lr_toks *t, int i, int end, char *out,
    size_t n, lr_span *sp)
{
	char buf[32];
	int rep, stray;
	size_t k;

	i = number_start(t, i, end, &stray);
	if (i >= end || strlen(t->v[i].text) >= sizeof(buf) ||
	    (rep = repair_number(number_text(t, i, &stray), buf,
	    sizeof(buf))) < 0)
		return -1;
	for (k = 0; isdigit((unsigned char)buf[k]); k++)
		;
	if (k > 0 && buf[k] == '_' && buf[k + strspn(buf + k, "_")] == '\0')
		buf[k] = '\0', stray++;	/* "793_": a speck read low after it */
	if (k == 0 || k >= n || (buf[k] != '\0' && !strchr("/.,", buf[k])))
		return -1;
	memcpy(out, buf, k);
	out[k] = '\0';
	return number_span(s, sp, i, i + 1, rep + tok_repairs(t, i, i + 1),
	    stray);
}

int
lr_parse_roman(const char *text)
{
	static const char *const ones[] = { "", "I", "II", "III", "IV", "V",
	    "VI", "VII", "VIII", "IX" };
	int tens = 0;
	size_t n;

	while (text[0] == 'X' && tens < 2)
		text++, tens++;
	n = strcspn(text, ".:_");	/* "I_": a stop OCR read low */
	if (tens == 0 && n == 1 && strchr("l|", text[0]) != NULL &&
	    text[1 + strspn(text + 1, ".:_")] == '\0')
		return 1;	/* "Điều l:": OCR's "l" for "1" or "I" */
	for (int v = 0; v < 10; v++)
		if (text[n + strspn(text + n, ".:_")] == '\0' &&
		    strlen(ones[v]) == n && strncmp(text, ones[v], n) == 0 &&
		    tens * 10 + v > 0)
			return tens * 10 + v;
	return 0;
}

/* Join tokens from i glued by the separators in seps ("245 / QĐ-UBND")
 * into buf; returns the token after the last one joined. */
static int
glue(const lr_toks *t, int i, int end, const char *seps, char *buf,
    size_t n)
{
	size_t len = 0;
	int j = i;

	buf[0] = '\0';
	for (; j < end; j++) {
		const char *x = t->v[j].text;
		if (j > i && !strchr(seps, x[0]) && !strchr(seps, buf[len - 1]))
			break;
		if (len + strlen(x) + 1 > n || (j > i && (t->v[j].flags &
		    TOK_BOL) && !strchr(seps, buf[len - 1])))
			break;
		memcpy(buf + len, x, strlen(x) + 1);
		len += strlen(x);
	}
	return j;
}

/* Upper-case the letters of seg (ASCII, folded) with 8 -> B, 0 -> D; a
 * part of figures only between dots stays figures (the year of an old
 * symbol, "UBT.03"). */
static void
suffix_repair(char *seg, int *rep)
{
	for (; *seg != '\0'; seg++) {
		size_t k = strcspn(seg, ".");
		if (k > 0 && strspn(seg, "0123456789") == k) {
			seg += k - 1;
			continue;
		}
		if (*seg == '8' || *seg == '0') {
			*seg = *seg == '8' ? 'B' : 'D';
			(*rep)++;
		} else
			*seg = (char)toupper((unsigned char)*seg);
	}
}

/* Does text start with QĐ as OCR reads it (QD, Q0, OD, 0D, QĐĐ) and its
 * dash ("QĐ-UBND")? */
static int
qd_start(const char *text)
{
	char *f = lr_ascii(text);
	size_t d = f ? strspn(f + 1, "d0") : 0;
	int yes = f != NULL && strchr("qo0", f[0]) != NULL && d >= 1 &&
	    d <= 2 && f[1 + d] == '-';

	free(f);
	return yes;
}

/* A decision number whose slash OCR lost (buf, tokens glued from i up to
 * *j): glued to QĐ ("1719QĐ-UBND"), read as a speck ("191+QĐ-UBND") or
 * as a space ("9906 QĐ-UBND"), the slash put back.  1 when put back. */
static int
slash_lost(const lr_toks *t, int *j, int end, char *buf, size_t n)
{
	size_t k = strspn(buf, "0123456789"), m = k;

	if (k == 0 || strchr(buf, '/') != NULL || k + 2 >= n)
		return 0;
	if (buf[k] == '\0') {
		if (*j >= end || (t->v[*j].flags & TOK_BOL) ||
		    !qd_start(t->v[*j].text))
			return 0;
		buf[k] = '/';
		*j = glue(t, *j, end, "/-", buf + k + 1, n - k - 1);
		return 1;
	}
	if (ispunct((unsigned char)buf[m]) && buf[m] != '-')
		m++;
	if (!qd_start(buf + m))
		return 0;
	memmove(buf + k + 1, buf + m, strlen(buf + m) + 1);
	buf[k] = '/';
	return 1;
}

/* seg (upper case) mended to the issuer's suffix of labels.tsv
 * (decision.suffix, four letters or more) it holds in order with one or
 * two letters more ("UBXND", "LUBXND": UBND); 1 when mended. */
static int
suffix_mend(const lr_xdata *s, char *seg)
{
	size_t n = strlen(seg);

	for (int p = 0; p < s->labels.n; p++) {
		const char *x = s->labels.v[p].joined;
		size_t len = strlen(x), k = 0;
		if (s->labels.v[p].key != LAB_DEC_SUFFIX || len < 4 ||
		    n <= len || n > len + 2)
			continue;
		for (size_t i = 0; i < n && k < len; i++)
			k += tolower((unsigned char)seg[i]) == x[k];
		if (k < len)
			continue;
		for (k = 0; k <= len; k++)
			seg[k] = (char)toupper((unsigned char)x[k]);
		return 1;
	}
	return 0;
}

/* A run of punctuation in a decision number's symbol ("QĐ-UBND.KT")
 * that a symbol never holds: two marks in a row ("UBND.,KT", "UB-.ND"), or
 * one other than its separators, dot and dash ("UBND'KT").  Where the run
 * holds one separator amid specks (commas, quotes) between two letters,
 * the specks are dropped ("UBND.,KT": "UBND.KT").  1 when sym held one. */
static int
symbol_odd(char *sym)
{
	int odd = 0;

	for (char *p = sym; *p != '\0'; p++) {
		size_t k = 0, seps = 0;
		while (ispunct((unsigned char)p[k]) || p[k] == ' ')
			seps += strchr(".-", p[k++]) != NULL;
		if (k == 0 || (k == 1 && strchr(".-", *p) != NULL))
			continue;
		odd = 1;
		if (seps == 1 && p > sym && isalnum((unsigned char)p[-1]) &&
		    isalnum((unsigned char)p[k])) {
			*p = p[strcspn(p, ".-")];
			memmove(p + 1, p + k, strlen(p + k) + 1);
		} else
			p += k - 1;
	}
	return odd;
}

/* Does token j, on the line of the number before it, carry on its symbol
 * past a stray space (".KT" after "2693/QĐ-UBND")? */
static int
symbol_cut(const lr_toks *t, int j, int end)
{
	const char *x = j < end ? t->v[j].text : "";

	return x[0] != '\0' && !(t->v[j].flags & TOK_BOL) &&
	    strchr(".,'\"", x[0]) != NULL && isupper((unsigned char)x[1]);
}

static double min_conf(const lr_toks *t, int a, int b, int typed);

/* Why a decision number read with symbol odd (symbol_odd, symbol_cut),
 * from tokens [i, j) with rep repairs, is doubted, its quality in *q; or
 * NULL.  Every figure counts and none is checked, so a number read by
 * OCR with a confidence under number_conf is doubted (its typed part: a
 * number written by hand is reviewed as handwritten). */
static const char *
decnum_doubt(const lr_xdata *s, const lr_toks *t, int i, int j, int rep,
    int odd, double *q)
{
	const char *why = NULL;

	*q = 1;
	if (min_conf(t, i, j, 1) < s->set[SET_NUMBER_CONF]) {
		*q *= s->set[SET_ID_UNSURE];
		why = "number read by OCR with less than full confidence";
	}
	if (rep) {
		*q *= s->set[SET_REPAIR];
		why = "number repaired";
	}
	if (odd) {
		*q *= s->set[SET_REPAIR];
		why = "punctuation a number's symbol never holds";
	}
	return why;
}

/* A decision number's first 1 read by its flag as "T" ("T118"): the 1 put
 * back in buf.  1 when put back. */
static int
flag_one(char *buf)
{
	if (buf[0] != 'T' || !isdigit((unsigned char)buf[1]))
		return 0;
	buf[0] = '1';
	return 1;
}

/* An old number, its symbol set apart from the figures and QĐ before the
 * issuer's letters ("127 QĐ/UB", before 2004), from token i: written to
 * out as printed, QĐ and the letters mended.  0 when read, else -1. */
static int
old_decnum(const lr_xdata *s, const lr_toks *t, int i, int end, char *out,
    size_t n, lr_span *sp)
{
	char buf[96], num[32], *f;
	int rep, j;
	size_t d;

	if (i + 1 >= end || (t->v[i + 1].flags & TOK_BOL) ||
	    !(t->v[i].flags & TOK_DIGIT) || (rep = repair_number(t->v[i].text,
	    num, sizeof(num))) < 0 || strspn(num, "0123456789") != strlen(num))
		return -1;
	j = glue(t, i + 1, end, "/-", buf, sizeof(buf));
	if ((f = lr_ascii(buf)) == NULL)
		return -1;
	d = strspn(f + 1, "d0");
	int old = strchr("qo0", f[0]) != NULL && d >= 1 && d <= 2 &&
	    f[1 + d] == '/' && f[2 + d] != '\0' &&
	    strspn(f + 2 + d, "abcdefghijklmnopqrstuvwxyz") == strlen(f + 2 + d);
	if (old) {
		suffix_repair(f + 2 + d, &rep);
		snprintf(out, n, "%s QĐ/%s", num, f + 2 + d);
	}
	free(f);
	if (!old)
		return -1;
	double q;
	const char *why = decnum_doubt(s, t, i, j, rep + (d != 1), 0, &q);
	return span(sp, i, j, q, why);
}

int
lr_parse_decnum(const lr_xdata *s, const lr_toks *t, int i, int end,
    char *out, size_t n, lr_span *sp)
{
	if (old_decnum(s, t, lr_tok_skip(t, i, end, ":"), end, out, n, sp) == 0)
		return 0;
	char buf[96], num[96], *slash, *seg, *save;
	int j, rep;
	size_t o;

	i = lr_tok_skip(t, i, end, ":");
	if (i >= end || !(t->v[i].flags & (TOK_DIGIT | TOK_ALPHA)))
		return -1;
	j = glue(t, i, end, "/-", buf, sizeof(buf));
	int lost = slash_lost(t, &j, end, buf, sizeof(buf));
	if ((slash = strchr(buf, '/')) == NULL || slash == buf)
		return -1;
	*slash = '\0';
	lost += flag_one(buf);
	if ((rep = repair_number(buf, num, sizeof(num))) < 0 ||
	    strspn(num, "0123456789") != strlen(num))
		return -1;
	rep += lost + tok_repairs(t, i, j);
	o = (size_t)snprintf(out, n, "%s", num);
	/* an optional year segment: 245/2019/QĐ-UBND */
	seg = slash + 1;
	if (isdigit((unsigned char)seg[0]) && strchr(seg, '/') != NULL) {
		*strchr(seg, '/') = '\0';
		o += (size_t)snprintf(out + o, n - o, "/%s", seg);
		seg += strlen(seg) + 1;
	}
	char *fold = lr_ascii(seg);
	if (fold == NULL)
		return -1;
	seg = strtok_r(fold, "-", &save);
	/* an old symbol parted by dots from QĐ ("QĐ.UBT.03") */
	char *dot = seg != NULL ? strchr(seg, '.') : NULL, sep = dot ? '.' : '-';
	if (dot != NULL)
		*dot++ = '\0';
	/* the slash's stroke read again as a letter ("1112/JQĐ-UBND") */
	if (seg != NULL && strlen(seg) == 3 && strchr("jil|", seg[0]) != NULL &&
	    strchr("qo0", seg[1]) != NULL)
		seg++, rep++;
	/* QĐ as OCR reads it: QD, Q0, OD, 0D, @Đ, GĐ (the Q's tail lost);
	 * QĐĐ, its Đ read twice; Đ, its Q lost */
	if (seg == NULL || strlen(seg) > 3 || (strcmp(seg, "d") != 0 &&
	    (strlen(seg) < 2 || !strchr("qo0@g", seg[0]) ||
	    strspn(seg + 1, "d0") != strlen(seg) - 1))) {
		free(fold);
		return -1;
	}
	rep += strlen(seg) != 2 || seg[0] == '@' || seg[0] == 'g';
	o += (size_t)snprintf(out + o, n - o, "/QĐ");
	for (seg = dot ? dot : strtok_r(NULL, "-", &save); seg != NULL &&
	    o < n; seg = strtok_r(NULL, "-", &save), sep = '-') {
		if (strpbrk(seg, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == NULL) {
			rep++;	/* a speck after the last dash ("UBND-_") */
			continue;
		}
		suffix_repair(seg, &rep);
		rep += suffix_mend(s, seg);
		o += (size_t)snprintf(out + o, n - o, "%c%s", sep, seg);
	}
	free(fold);
	char *sym = strstr(out, "/QĐ");	/* none: out cut short at n */
	int odd = sym != NULL && symbol_odd(sym + strlen("/QĐ"));
	double q;
	const char *why = decnum_doubt(s, t, i, j, rep, odd ||
	    symbol_cut(t, j, end), &q);
	return span(sp, i, j, q, why);
}

int
lr_parse_valid_date(const lr_xdata *s, int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	return y >= s->set[SET_YEAR_MIN] && y <= s->set[SET_TERM_YEAR_MAX] &&
	    m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] &&
	    !(m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 &&
	    y % 400 != 0)));
}

/* dd/mm/yyyy, dd-mm-yyyy or dd.mm.yyyy in buf, repaired: 0 with ymd set
 * and *rep the repairs, or -1. */
static int
dmy(const lr_xdata *s, const char *buf, int ymd[3], int *rep)
{
	char fixed[64];
	int d, m, y, k;

	if ((*rep = repair_number(buf, fixed, sizeof(fixed))) < 0 ||
	    sscanf(fixed, "%2d%*1[/.-]%2d%*1[/.-]%4d%n", &d, &m, &y, &k) != 3 ||
	    k < 8 || !lr_parse_valid_date(s, y, m, d))
		return -1;
	ymd[0] = y, ymd[1] = m, ymd[2] = d;
	return 0;
}

/* dd/mm/yyyy, dd-mm-yyyy or dd.mm.yyyy, maybe split over tokens, or with
 * two digits OCR set apart ("28/1 1/1969", "02/01/1 966"). */
static int
numeric_date(const lr_xdata *s, const lr_toks *t, int i, int end,
    int ymd[3], lr_span *sp)
{
	char buf[64];
	int j = glue(t, i, end, "/-.", buf, sizeof(buf)), rep;
	size_t len = strlen(buf);

	if (dmy(s, buf, ymd, &rep) != 0) {
		if (j >= end || len == 0 || !isdigit((unsigned char)buf[len - 1]) ||
		    (t->v[j].flags & (TOK_DIGIT | TOK_BOL)) != TOK_DIGIT)
			return -1;
		j = glue(t, j, end, "/-.", buf + len, sizeof(buf) - len);
		if (dmy(s, buf, ymd, &rep) != 0)
			return -1;
		rep++;
	}
	rep += tok_repairs(t, i, j);
	return span(sp, i, j, rep ? s->set[SET_REPAIR] : 1, "digits repaired");
}

/* Is g an I with a mark ("Í", "ì", "ỉ", "ĩ"): a 1 with a speck on it? */
static int
marked_i(utf8proc_int32_t g)
{
	static const utf8proc_int32_t is[] = { 0xCC, 0xCD, 0xCE, 0xCF, 0xEC,
	    0xED, 0xEE, 0xEF, 0x128, 0x129, 0x1EC8, 0x1EC9, 0x1ECA, 0x1ECB };

	for (size_t k = 0; k < sizeof(is) / sizeof(*is); k++)
		if (g == is[k])
			return 1;
	return 0;
}

/* The figure glyph g stands for in a date's day or month slot:
 * lr_ocr_digit's, and a 1 read by its flag as "T", "t" or "†", or as an
 * I with a mark (marked_i()), a 6 whose hook is read as an acute as "ó";
 * -1.  *rep counts the repairs. */
static int
slot_figure(utf8proc_int32_t g, int *rep)
{
	if (g == 'T' || g == 't' || g == 0x2020 || marked_i(g))
		return (*rep)++, 1;
	if (g == 0xF3)
		return (*rep)++, 6;
	return g > 0 && g < 0x80 ? lr_ocr_digit((char)g, rep) : -1;
}

/* A day or month OCR read as glyphs in one or two tokens on a line ("G",
 * "TI", "† 1"), one or two figures and one at least a letter, followed by
 * the label lab ("ngày G tháng 10"): its value, *i moved past it; or -1. */
static int
letters_number(const lr_xdata *s, const lr_toks *t, int *i, int end,
    int lab)
{
	int rep = 0, v = 0, n = 0, d;

	for (int j = *i; j < end && j < *i + 2; j++) {
		const utf8proc_uint8_t *x = (const utf8proc_uint8_t *)
		    t->v[j].text;
		utf8proc_int32_t g;
		utf8proc_ssize_t k;
		if (j > *i && (t->v[j].flags & TOK_BOL))
			break;
		for (; *x != '\0' && (k = utf8proc_iterate(x, -1, &g)) > 0;
		    x += k, n++)
			if (n >= 2 || (d = slot_figure(g, &rep)) < 0)
				return -1;
			else
				v = v * 10 + d;
		if (*x != '\0')
			return -1;
		if (rep > 0 && lr_label_at(s, t, j + 1, end, lab, NULL) >= 0) {
			*i = j + 1;
			return v;
		}
	}
	return -1;
}

/* A date's label lab ("tháng", "năm") at token i, between two numbers,
 * the token after it, past a dot that glues it to the next number ("năm.
 * 2025"); or, when it is no variant of lab, a word of four letters or
 * more one letter off one ("thúng"), with *q lowered; else -1. */
static int
date_label(const lr_xdata *s, const lr_toks *t, int i, int end, int lab,
    double *q)
{
	int d, n = lr_label_at(s, t, i, end, lab, &d), k = i + 1 < end ?
	    lr_tok_skip(t, i + 1, end, ".") : end;

	if (n >= 0 && d > 0)
		*q *= s->set[SET_REPAIR];	/* "nờm": its 'a' misread */

	for (int p = 0; n < 0 && k < end && p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		size_t len = strlen(ph->joined);
		if (ph->key == lab && ph->nwords == 1 && len >= 4 &&
		    strlen(t->v[i].key) == len && (t->v[i].flags & TOK_ALPHA) &&
		    (t->v[k].flags & TOK_DIGIT) &&
		    lr_edit_distance(t->v[i].key, ph->joined, 1) == 1)
			n = i + 1, *q *= s->set[SET_REPAIR];
	}
	return n < 0 ? -1 : lr_tok_skip(t, n, end, ".");
}

/* A month written in words at *i ("Ba", "Mười hai", "Giêng"), by
 * months.tsv, the year's label after it: its month, *i moved past it; or
 * -1. */
static int
month_word(const lr_xdata *s, const lr_toks *t, int *i, int end)
{
	int next, d, p = lr_phrase_at(&s->months, t, *i, end, &next, &d);

	if (p < 0 || d > 0 || lr_label_at(s, t, next, end, LAB_YEAR, NULL) < 0)
		return -1;
	*i = next;
	return s->months.v[p].key;
}

/* A number token then, unless last, the label lab: "5 tháng"; *q lowered
 * for its figures' repairs, *ql for its label's. */
static int
part(const lr_xdata *s, const lr_toks *t, int *i, int end, int lab,
    int *v, double *q, double *ql)
{
	char buf[8];
	lr_span sp;

	if (lr_parse_int(s, t, *i, end, buf, sizeof(buf), &sp) == 0) {
		*v = atoi(buf);
		*q *= sp.q;
		*i = sp.b;
	} else if (lab >= 0 && (*v = letters_number(s, t, i, end, lab)) >= 0)
		*q *= s->set[SET_REPAIR];
	else if (lab != LAB_YEAR || (*v = month_word(s, t, i, end)) < 0)
		return -1;
	if (lab < 0)
		return 0;
	*i = date_label(s, t, lr_tok_skip(t, *i, end, ",-"), end, lab, ql);
	return *i < 0 ? -1 : 0;
}

int
lr_parse_date(const lr_xdata *s, const lr_toks *t, int i, int end,
    int ymd[3], lr_span *sp)
{
	int a, j = lr_tok_skip(t, i, end, ":"), d, m, y;
	double q = 1, ql = 1;	/* ql: its labels' misreads */

	a = j;
	if ((i = lr_label_at(s, t, j, end, LAB_DAY, &d)) > 0) {
		j = lr_tok_skip(t, i, end, ":");
		if (d > 0)
			ql *= s->set[SET_REPAIR];	/* "ngòy" */
	}
	if (numeric_date(s, t, j, end, ymd, sp) == 0) {
		sp->a = a;
		sp->q *= ql;
		if (ql < 1 && sp->why == NULL)
			sp->why = "the date's label misread";
		return 0;
	}
	/* "ngùy 5 thúng 3 năm 2022": its labels misread, its figures read
	 * and within the calendar are the date; its labels carry no value */
	if (part(s, t, &j, end, LAB_MONTH, &d, &q, &ql) != 0 ||
	    part(s, t, &j, end, LAB_YEAR, &m, &q, &ql) != 0 ||
	    part(s, t, &j, end, -1, &y, &q, &ql) != 0 || !lr_parse_valid_date(s, y, m, d))
		return -1;
	ymd[0] = y, ymd[1] = m, ymd[2] = d;
	return span(sp, a, j, q, "digits repaired");
}

int
lr_parse_year(const lr_xdata *s, const lr_toks *t, int i, int end,
    int *year, lr_span *sp)
{
	char buf[8];

	if (lr_parse_int(s, t, i, end, buf, sizeof(buf), sp) != 0 ||
	    strlen(buf) != 4)
		return -1;
	*year = atoi(buf);
	return *year >= s->set[SET_YEAR_MIN] && *year <= s->set[SET_YEAR_MAX] ?
	    0 : -1;
}

/* Is token k "m" alone, or with one more character that is no letter or
 * is an e with marks: "m²" as OCR misreads its small raised 2 ("m", "m3",
 * "mˆ", "m°", "mê", "mể"), not a word ("mà")? */
static int
m2_misread(const lr_tok *k)
{
	const char *w = k->text;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	if (tolower((unsigned char)w[0]) != 'm')
		return 0;
	if (w[1] == '\0')
		return 1;
	if ((n = utf8proc_iterate((const utf8proc_uint8_t *)w + 1, -1, &c)) <= 0 ||
	    w[1 + n] != '\0')
		return 0;
	utf8proc_category_t cat = utf8proc_category(c);
	return cat == UTF8PROC_CATEGORY_LM || cat < UTF8PROC_CATEGORY_LU ||
	    cat > UTF8PROC_CATEGORY_LO || (c >= 0x80 && strcmp(k->fold, "me") == 0);
}

/* The unit after an area at token i ("m2", "m²", "ha") or in rest, the
 * text left in the number's token: the factor to m², 0 when none, -1 for
 * m² misread. */
static double
area_unit(const lr_xdata *s, const lr_toks *t, int *i, int end,
    const char *rest)
{
	int n;

	if (rest[0] != '\0')
		return strcasecmp(rest, "ha") == 0 ? 10000 :
		    tolower((unsigned char)rest[0]) == 'm' ? 1 : 0;
	if ((n = lr_label_at(s, t, *i, end, LAB_UNIT_M2, NULL)) > 0) {
		*i = n;
		return 1;
	}
	if ((n = lr_label_at(s, t, *i, end, LAB_UNIT_HA, NULL)) > 0) {
		*i = n;
		return 10000;
	}
	if (*i < end && m2_misread(&t->v[*i])) {
		(*i)++;
		return -1;
	}
	return 0;
}

/* Is token k figures and separators alone ("10,6", "1")? */
static int
figures_only(const lr_tok *k)
{
	return k->text[0] >= '0' && k->text[0] <= '9' &&
	    k->text[strspn(k->text, "0123456789.,")] == '\0';
}

/* The figures OCR set apart with spaces after the number at token i,
 * before a unit of area on the same line ("1 10,6 m2", "39,7 1 1.8
 * m2"): joined to buf (of size n, the number read), the last token of
 * them returned; else i. */
static int
split_figures(const lr_xdata *s, const lr_toks *t, int i, int end, char *buf,
    size_t n)
{
	int j = i + 1, u;
	size_t len = strlen(buf);

	while (j < end && figures_only(&t->v[j]) &&
	    !(t->v[j].flags & TOK_BOL) && len + strlen(t->v[j].text) < n)
		len += strlen(t->v[j++].text);
	u = j;
	if (j == i + 1 || area_unit(s, t, &u, end, "") == 0)
		return i;
	while (++i < j)
		strcat(buf, t->v[i].text);
	return j - 1;
}

int
lr_parse_area(const lr_xdata *s, const lr_toks *t, int i, int end,
    double *m2, lr_span *sp)
{
	char buf[64];
	int rep, amb, a, stray;
	size_t k;
	double unit;

	a = i = number_start(t, i, end, &stray);
	if (i >= end || strlen(t->v[i].text) >= sizeof(buf) - 8 ||
	    (rep = repair_number(number_text(t, i, &stray), buf,
	    sizeof(buf))) < 0 || (k = lr_read_vnnum(buf, m2, &amb)) == 0)
		return -1;
	/* "5 319,5": thousands set apart by a space */
	if (buf[k] == '\0' && k <= 3 && i + 1 < end &&
	    strspn(t->v[i + 1].text, "0123456789") == 3 &&
	    !(t->v[i + 1].flags & TOK_BOL)) {
		snprintf(buf + k, sizeof(buf) - k, "%s", t->v[++i].text);
		k = lr_read_vnnum(buf, m2, &amb);
	}
	int split = buf[k] == '\0' ? split_figures(s, t, i, end, buf,
	    sizeof(buf)) : i;
	if ((split = split > i ? split : 0) > 0) {
		k = lr_read_vnnum(buf, m2, &amb);
		i = split;
	}
	i++;
	unit = area_unit(s, t, &i, end, buf + k);
	*m2 *= unit > 0 ? unit : 1;
	*m2 = round(*m2 * 100) / 100;
	if (amb)
		return span(sp, a, i, s->set[SET_AMBIGUOUS], "ambiguous separators");
	if (split > 0 && buf[k] == '\0')
		return span(sp, a, i, s->set[SET_REPAIR],
		    "figures set apart by spaces");
	if (unit < 0)
		return span(sp, a, i, s->set[SET_REPAIR], "unit misread by OCR");
	return number_span(s, sp, a, i, rep + tok_repairs(t, a, i), stray);
}

/* The lowest OCR confidence of tokens [a, b); typed: of its typed tokens
 * only (a decision number's: one written by hand is reviewed as
 * handwritten by lr_x_put, and its low confidence is no second reason). */
static double
min_conf(const lr_toks *t, int a, int b, int typed)
{
	double c = 100;

	for (; a < b; a++)
		if (!(typed && t->v[a].hand) && t->v[a].conf < c)
			c = t->v[a].conf;
	return c;
}

const char lr_why_id_fixed[] = "digits repaired";
const char lr_why_id_refused[] = "ID unreadable: too many figures repaired";

int
lr_id_repairs(int fixed)
{
	return fixed >= LR_ID_FIXED_MAX ? LR_ID_REFUSED : fixed > 0;
}

int
lr_parse_id(const lr_xdata *s, const lr_toks *t, int i, int end,
    char out[13], lr_span *sp)
{
	char buf[64] = "", id[13];
	int rep = 0, found = -1, frep = 0;
	size_t len = 0;

	i = lr_tok_skip(t, i, end, ":");
	for (int j = i; j < end && j < i + 4; j++) {
		const char *x = t->v[j].text;
		if ((t->v[j].flags & TOK_PUNCT) || len + strlen(x) >= sizeof(buf))
			break;
		memcpy(buf + len, x, strlen(x) + 1);
		len += strlen(x);
		enum lr_id_kind k = lr_id_read(buf, id, &rep);
		if (k != LR_ID_BAD && (found < 0 || k == LR_ID_CCCD)) {
			memcpy(out, id, 13);
			found = j + 1, frep = rep;
		}
	}
	if (found < 0)
		return -1;
	frep = lr_id_repairs(frep + tok_repairs(t, i, found));
	if (frep == LR_ID_REFUSED)
		return LR_ID_REFUSED;
	if (frep > 0)
		return span(sp, i, found, s->set[SET_REPAIR], lr_why_id_fixed);
	return span(sp, i, found, min_conf(t, i, found, 0) < s->set[SET_ID_CONF] ?
	    s->set[SET_ID_UNSURE] : 1, "ID read by OCR with less than full "
	    "confidence");
}
