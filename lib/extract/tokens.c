/* The token stream of a document: OCR words split at punctuation, folded,
 * flagged, each keeping its page, line, box and confidence. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "columns-int.h"
#include "tokens-int.h"
#include "text/text.h"
#include "util/util.h"

/* Characters split off the ends of a word, and split at anywhere. */
static const char lead_punct[] = "([\"'-*`^~_";
static const char trail_punct[] = ")]\"':;,.";
static const char any_punct[] = ":;|";
/* Letters OCR makes of digits. */
static const char ocr_digits[] = "OoDQlIi|!ZzSsGBgq";

void
lr_fold_key(char *s)
{
	char *o = s;

	for (char *c = s; *c != '\0'; c++)
		if (strchr("():,.-/", *c) == NULL)
			*o++ = *c;
	*o = '\0';
}

/* The length of the typographic quote s starts with (‘ ’ “ ” „ « »), or
 * of a mark OCR makes of a dotted or dashed rule, which no Vietnamese
 * word holds (¡ ¦: "¡Phan Đức Khải"; "ˆ" only before a word, as OCR
 * makes it of the "²" of "m²" too), or 0: split off words as ASCII quotes
 * are. */
static size_t
quote_at(const char *s)
{
	static const char *const q[] = { "\u2018", "\u2019", "\u201c",
	    "\u201d", "\u201e", "\u00ab", "\u00bb", "\u00a1", "\u00a6" };

	for (size_t i = 0; i < sizeof(q) / sizeof(*q); i++)
		if (strncmp(s, q[i], strlen(q[i])) == 0)
			return strlen(q[i]);
	return 0;
}

/* The length of the typographic quote that ends at te (after s), or 0. */
static size_t
quote_before(const char *s, const char *te)
{
	for (size_t n = 2; n <= 3 && te - n >= s; n++)
		if (quote_at(te - n) == n)
			return n;
	return 0;
}

/* Flags of a token's text. */
static unsigned
flags_of(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	unsigned f = 0;
	int first = 1;

	if ((s[0] != '\0' && s[1] == '\0' && strchr("():;,.|-[]\"'*`^~_", s[0])) ||
	    (s[0] != '\0' && quote_at(s) == strlen(s)) ||
	    strcmp(s, "\u02c6") == 0)
		return TOK_PUNCT;
	for (; *p != '\0'; p += n) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			break;
		utf8proc_category_t cat = utf8proc_category(c);
		int letter = cat >= UTF8PROC_CATEGORY_LU &&
		    cat <= UTF8PROC_CATEGORY_LO;
		if (first && c >= '0' && c <= '9')
			f |= TOK_DIGIT;
		if (first && cat == UTF8PROC_CATEGORY_LU)
			f |= TOK_UPPER;
		if (letter)
			f |= TOK_ALPHA | (c >= 0x80 ? TOK_MARKED : 0);
		if (letter || (c >= '0' && c <= '9'))
			first = 0;
	}
	return f;
}

/* OCR reads Đ and đ as the look-alike Ð and ð (U+00D0, U+00F0), which
 * Vietnamese never writes: put them back in place (two bytes each). */
static void
eth_to_dstroke(char *s)
{
	for (; (s = strchr(s, '\xc3')) != NULL; s++)
		if (s[1] == '\x90' || s[1] == '\xb0') {
			s[1] = s[1] == '\x90' ? '\x90' : '\x91';
			s[0] = '\xc4';
		}
}

/* Is byte c an ASCII digit? */
static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Is byte c a letter, or part of one (any byte of a multibyte character)? */
static int
letter(char c)
{
	return (c & 0x80) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* OCR reads a t of some fonts as a dagger ("Công †y", "†rú"), which
 * Vietnamese never writes: put the t back where the dagger stands against
 * a letter.  The number of daggers put back. */
static int
dagger_to_t(char *s)
{
	static const char dagger[] = "\xe2\x80\xa0";
	char *p, *w = s;
	int n = 0;

	while ((p = strstr(w, dagger)) != NULL) {
		if ((p > s && letter(p[-1])) || letter(p[3])) {
			*p = 't';
			memmove(p + 1, p + 3, strlen(p + 3) + 1);
			n++;
		}
		w = p + 1;
	}
	return n;
}

/* The length of the marked letter at s that OCR reads for a figure 6 of
 * some faces, its bowl the letter and its stem the mark ("1ó29", "19é0",
 * "3450óó2á9"); 0 when s holds none. */
static size_t
six_at(const char *s)
{
	static const char *const six[] = { "\u00f3", "\u00d3", "\u00e9",
	    "\u00e1" };

	for (size_t i = 0; i < sizeof(six) / sizeof(*six); i++)
		if (strncmp(s, six[i], strlen(six[i])) == 0)
			return strlen(six[i]);
	return 0;
}

/* Is there a figure at s[j], or a letter six_at() reads (two bytes)? */
static int
figure_at(const char *s, size_t j)
{
	return digit(s[j]) || six_at(s + j) > 0;
}

/* Does the six letter at s[i] (two bytes) stand in a number: a figure or
 * another six letter beside it, or a stop, comma or slash and a digit
 * beyond ("ó.323,9", "397,ó"), no other letter on either side, and a
 * digit in s? */
static int
in_number(const char *s, size_t i)
{
	int pf = i >= 2 && six_at(s + i - 2) > 0, qf = six_at(s + i + 2) > 0;
	char p = i > 0 && !pf ? s[i - 1] : '\0', q = qf ? '\0' : s[i + 2];
	int sp = p != '\0' && strchr(".,/", p) != NULL && i >= 2 &&
	    digit(s[i - 2]);
	int sq = q != '\0' && strchr(".,/", q) != NULL && figure_at(s, i + 3);

	return (pf || qf || digit(p) || digit(q) || sp || sq) &&
	    !letter(p) && !letter(q) && strpbrk(s, "0123456789") != NULL;
}

/* OCR reads the figure 6 of some faces as ó, Ó, é or á ("1ó29", "ó48,3",
 * "0ó", "19é0"): in a number, put the 6 back (in place, s shortened).  The
 * one place such letters become figures: the parsers and the table reader
 * see the 6 and the token's TOK_REPAIRED, the certificate's lines
 * (certline.c) the 6.  Returns how many were put back. */
int
lr_x_six_of_o(char *s)
{
	char *src = strchr(s, '\xc3') != NULL ? strdup(s) : NULL, *o = s;
	int n = 0;
	size_t i = 0;

	if (src == NULL)
		return 0;	/* no such letter (or out of memory: as read) */
	while (src[i] != '\0')
		if (six_at(src + i) > 0 && in_number(src, i))
			*o++ = '6', i += 2, n++;
		else
			*o++ = src[i++];
	*o = '\0';
	free(src);
	return n;
}

static int
push(lr_toks *t, const lr_word *w, const char *s, size_t len, int page,
    int line)
{
	lr_tok *k;
	char *text;
	int daggers;

	if (len == 0)
		return 0;
	if (lr_reserve(&t->v, &t->cap, (size_t)t->n, sizeof(*t->v), 256) != 0)
		return -1;
	k = &t->v[t->n];
	if ((text = strndup(s, len)) == NULL)
		return -1;
	eth_to_dstroke(text);
	/* a 6 or a t put back is a repair: its word no more sure than a
	 * mark */
	k->fixed = lr_x_six_of_o(text);
	daggers = dagger_to_t(text);
	k->conf = (k->fixed > 0 || daggers > 0) && w->conf > LR_SIX_CONF ?
	    LR_SIX_CONF : w->conf;
	k->text = text;
	if ((k->fold = lr_ascii(text)) == NULL)
		k->fold = strdup("");
	k->key = strdup(k->fold);
	lr_fold_key(k->key);
	k->page = page;
	k->line = line;
	k->x = w->x, k->y = w->y, k->w = w->w, k->h = w->h;
	/* a word whose 6 was put back ("1ó") is doubted as repaired, not
	 * again because the model of figures read the 6 */
	k->flags = flags_of(text) | (k->fixed > 0 ? TOK_REPAIRED :
	    w->doubt ? TOK_DOUBT : 0);
	k->hand = w->hand;
	t->n++;
	return 0;
}

/* Length of a leading run of letters ending where a digit starts, or 0:
 * "Số245/QĐ" -> length of "Số" (runs of two letters or more). */
static size_t
letters_then_digit(const char *s)
{
	size_t i = 0, letters = 0, words = 0;

	while (s[i] != '\0' && !(s[i] >= '0' && s[i] <= '9')) {
		if (strchr(any_punct, s[i]) || s[i] == '/' || s[i] == '.' ||
		    s[i] == '-')
			return 0;
		if ((unsigned char)s[i] < 0x80 || (unsigned char)s[i] >= 0xc0)
			letters++;
		/* "ll60": digits OCR'd as letters, not a word */
		words += strchr(ocr_digits, s[i]) == NULL;
		i++;
	}
	return s[i] != '\0' && letters >= 2 && words > 0 ? i : 0;
}

/* Length of a leading run of small letters that a capital follows, within
 * n bytes of s, or 0: two words OCR ran together ("ôngTrần", "xãTân").
 * Words that start with a capital are names ("LườnVănÚn": parse_name
 * splits and reviews them); a run of one letter, or of letters OCR makes
 * of digits, and a capital are a misread number ("lS"). */
static size_t
small_then_capital(const char *s, size_t n)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	for (size_t i = 0, word = 0; i < n; i += (size_t)k) {
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c)) <= 0)
			return 0;
		if (utf8proc_category(c) == UTF8PROC_CATEGORY_LU)
			return i >= 2 && word ? i : 0;	/* not "lS": 15 */
		word |= c >= 0x80 || strchr(ocr_digits, (int)c) == NULL;
		if (utf8proc_category(c) != UTF8PROC_CATEGORY_LL)
			return 0;
	}
	return 0;
}

/* The length of the leading run of s (n bytes) before the first byte of
 * stops, each of its characters of a category from lo to hi, its
 * characters in *count; n when a character is of another (or s has no
 * stop). */
static size_t
run_to(const char *s, size_t n, const char *stops, utf8proc_category_t lo,
    utf8proc_category_t hi, size_t *count)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t i = 0;

	for (*count = 0; i < n && (s[i] == '\0' ||
	    strchr(stops, s[i]) == NULL); i += (size_t)k, (*count)++)
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c)) <= 0 ||
		    utf8proc_category(c) < lo || utf8proc_category(c) > hi)
			return n;
	return i;
}

/* Length of a leading run of two small letters or more that a dot or a
 * dash glues to a number ("năm.2025", "số-182": OCR read a speck between
 * a label and its figures), or 0; capitals ("ĐT.602", a road) are not
 * cut. */
static size_t
small_dot_digit(const char *s, size_t n)
{
	size_t letters, i = run_to(s, n, ".-", UTF8PROC_CATEGORY_LL,
	    UTF8PROC_CATEGORY_LL, &letters);

	return letters >= 2 && i + 1 < n && s[i + 1] >= '0' &&
	    s[i + 1] <= '9' ? i : 0;
}

/* Length of a leading run of two letters or more that a comma glues to a
 * small letter ("Tếnh,sinh", "Nghiêng,xã": the space after the comma
 * lost), or 0; figures ("1.095,4") are never cut. */
static size_t
letters_comma(const char *s, size_t n)
{
	utf8proc_int32_t c;
	size_t letters, i = run_to(s, n, ",", UTF8PROC_CATEGORY_LU,
	    UTF8PROC_CATEGORY_LO, &letters);

	if (letters < 2 || i + 1 >= n || utf8proc_iterate((const
	    utf8proc_uint8_t *)s + i + 1, (utf8proc_ssize_t)(n - i - 1), &c) <= 0)
		return 0;
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LL ? i : 0;
}

/* The length of the unit of area glued after a number at the end of
 * [s, e) ("822,2m2", "787,7m²": OCR read no space before it), or 0. */
static size_t
glued_unit(const char *s, const char *e)
{
	static const char *const unit[] = { "m2", "m\u00b2" };

	for (size_t i = 0; i < sizeof(unit) / sizeof(*unit); i++) {
		size_t n = strlen(unit[i]);
		if (e - s > (ptrdiff_t)n && memcmp(e - n, unit[i], n) == 0 &&
		    digit(e[-(ptrdiff_t)n - 1]))
			return n;
	}
	return 0;
}

/* The length of the footnote marks glued after a digit at the end of
 * [s, e) ("45¹", "12²³": superscript digits), or 0.  They mark a note at
 * the foot of the page and are no part of the number. */
static size_t
footnote_mark(const char *s, const char *e)
{
	static const char *const sup[] = { "\u00b9", "\u00b2", "\u00b3",
	    "\u2070", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078",
	    "\u2079" };
	const char *x = e;

	for (size_t i = 0; i < sizeof(sup) / sizeof(*sup); i++) {
		size_t n = strlen(sup[i]);
		if (x - s > (ptrdiff_t)n && memcmp(x - n, sup[i], n) == 0) {
			x -= n;
			i = (size_t)-1;	/* another mark before it? */
		}
	}
	return x < e && digit(x[-1]) ? (size_t)(e - x) : 0;
}

/* Does s (before e) start with a small "i" or "l" glued before a capital
 * and a small letter ("iPuih", "lÔng"): a table's dotted or dashed rule,
 * or its thin vertical rule, that OCR read as a letter before a name? */
static int
rule_letter(const char *s, const char *e)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s + 1;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	if (e - s < 3 || (*s != 'i' && *s != 'l') ||
	    (n = utf8proc_iterate(p, e - s - 1, &c)) <= 0 ||
	    utf8proc_category(c) != UTF8PROC_CATEGORY_LU ||
	    utf8proc_iterate(p + n, e - s - 1 - n, &c) <= 0)
		return 0;
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

/* Split one word into tokens, the spaces OCR left around it dropped; a
 * rule read as a letter before it (rule_letter) is a "|" of its own. */
static int
split_word(lr_toks *t, const lr_word *w, int page, int line)
{
	const char *s = w->text, *e = s + strlen(s);
	size_t cut;

	while (s < e && (*s == ' ' || *s == '\t'))	/* OCR's " RSX" */
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (rule_letter(s, e) && push(t, w, "|", 1, page, line) != 0)
		return -1;
	s += rule_letter(s, e);
	for (size_t q; s < e; s += q) {
		q = strchr(lead_punct, *s) ? 1 : quote_at(s) ? quote_at(s) :
		    strncmp(s, "\u02c6", 2) == 0 ? 2 : 0;	/* "ˆ”": a rule */
		if (q == 0 || e - s <= (ptrdiff_t)q)
			break;
		if (push(t, w, s, q, page, line) != 0)
			return -1;
	}
	const char *te = e;
	for (size_t q; te > s + 1; te -= q) {
		q = strchr(trail_punct, te[-1]) ? 1 : quote_before(s + 1, te);
		if (q == 0)
			break;
	}
	size_t unit = glued_unit(s, te);
	te -= unit;
	/* "45¹": the footnote's mark dropped */
	size_t note = unit == 0 ? footnote_mark(s, te) : 0;
	te -= note;
	while (s < te) {
		size_t n = strcspn(s, any_punct);
		if (s + n > te)
			n = (size_t)(te - s);
		if ((cut = letters_then_digit(s)) > 0 && cut < n)
			n = cut;
		if ((cut = small_then_capital(s, n)) > 0)
			n = cut;
		int dot = (cut = small_dot_digit(s, n)) > 0 ||
		    (cut = letters_comma(s, n)) > 0;
		if (dot)
			n = cut;
		if (push(t, w, s, n, page, line) != 0)
			return -1;
		s += n;
		if (s < te && (dot || strchr(any_punct, *s)) &&
		    push(t, w, s++, 1, page, line) != 0)
			return -1;
	}
	if (unit > 0 && push(t, w, te, unit, page, line) != 0)
		return -1;
	te += unit + note;
	for (size_t q; te < e; te += q) {
		q = quote_at(te) ? quote_at(te) : 1;
		if (push(t, w, te, q, page, line) != 0)
			return -1;
	}
	return 0;
}

/* Is line l of pg a page number: a lone number first or last on its page? */
static int
page_number(const lr_page_words *pg, int l)
{
	const lr_line *ln = &pg->lines[l];

	return (l == 0 || l == pg->nlines - 1) && ln->nwords == 1 &&
	    strlen(ln->words[0].text) <= 3 &&
	    strspn(ln->words[0].text, "0123456789") == strlen(ln->words[0].text);
}

/* Is word k of line l of pg the page's number printed over its text and
 * read into its first line: on page 2 or after, the page's own number
 * alone, centred on the page and set apart from the words on both sides
 * by more than twice its height? */
static int
page_number_word(const lr_page_words *pg, int l, int k)
{
	const lr_line *ln = &pg->lines[l];
	const lr_word *w = &ln->words[k], *a = w - 1, *b = w + 1;
	char num[16];

	if (l != 0 || pg->n < 2 || k == 0 || k + 1 >= ln->nwords)
		return 0;
	snprintf(num, sizeof(num), "%d", pg->n);
	return strcmp(w->text, num) == 0 &&
	    abs(2 * w->x + w->w - pg->width) * 20 < pg->width &&
	    w->x - (a->x + a->w) > 2 * w->h && b->x - (w->x + w->w) > 2 * w->h;
}

/* Does line l of pg go on the row of table line prev (-1: none) that
 * stands left of it on the same band?  OCR may cut a row of a table into
 * one line a cell ("Võ Văn A", "126", "3,671.0", "CLN"); a row is one
 * line of tokens. */
static int
row_goes_on(const lr_page_words *pg, const lr_block_kind *kind, int prev,
    int l)
{
	const lr_line *a = &pg->lines[prev < 0 ? l : prev], *b = &pg->lines[l];

	return prev >= 0 && kind[prev] == LR_BLOCK_TABLE && kind[l] ==
	    LR_BLOCK_TABLE && a->x + a->w <= b->x && lr_side_by_side(a, b);
}

/* Does box a hold the middle of box b? */
static int
holds(const lr_word *a, const lr_word *b)
{
	int x = b->x + b->w / 2, y = b->y + b->h / 2;

	return x >= a->x && x < a->x + a->w && y >= a->y && y < a->y + a->h;
}

/* Does a word of another line of pg than l, read with confidence, hold
 * the middle of word w (the same ink read twice)? */
static int
read_twice(const lr_page_words *pg, int l, const lr_word *w)
{
	for (int m = 0; m < pg->nlines; m++)
		for (int j = 0; j < pg->lines[m].nwords && m != l; j++)
			if (pg->lines[m].words[j].conf >= 60 &&
			    holds(&pg->lines[m].words[j], w))
				return 1;
	return 0;
}

/* Is word k of line l of pg specks OCR read as letters a second time
 * ("v vZz gưr" over "Bà Võ Kim Huyền"): read with little confidence, its
 * box under a third of the line's tallest word's height, a letter or
 * digit in it, over ink a word of another line reads with confidence?
 * Left out. */
static int
speck_word(const lr_page_words *pg, int l, int k)
{
	const lr_line *ln = &pg->lines[l];
	const lr_word *w = &ln->words[k];
	int tall = 0;

	if (w->conf >= 30 || w->hand || strpbrk(w->text,
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
	    == NULL)
		return 0;
	for (int j = 0; j < ln->nwords; j++)
		tall = ln->words[j].h > tall ? ln->words[j].h : tall;
	return 3 * w->h < tall && read_twice(pg, l, w);
}

/* Add the tokens of page pg's lines to t, read in the order
 * lr_x_line_order() gives; -1 when out of memory. */
static int
page_toks(lr_toks *t, const lr_page_words *pg)
{
	size_t n = (size_t)pg->nlines + 1;
	int *order = malloc(n * sizeof(*order));
	lr_block_kind *kind = malloc(n * sizeof(*kind));
	int ret = order != NULL && kind != NULL ? 0 : -1;

	if (ret == 0)
		lr_x_line_order(pg, order, kind);
	for (int o = 0, prev = -1, line = 0; ret == 0 && o < pg->nlines; o++,
	    t->nlines++) {
		int l = order[o], first = t->n, on;
		if (page_number(pg, l))
			continue;
		on = row_goes_on(pg, kind, prev, l) && t->n > 0;
		line = on ? line : t->nlines;
		for (int k = 0; k < pg->lines[l].nwords && ret == 0; k++)
			if (!speck_word(pg, l, k) && !page_number_word(pg, l, k))
				ret = split_word(t, &pg->lines[l].words[k],
				    pg->n, line);
		prev = t->n > first ? l : prev;
		if (t->n > first && !on)
			t->v[first].flags |= TOK_BOL;
		for (int k = first; k < t->n; k++)
			t->v[k].kind = kind[l];
	}
	free(order), free(kind);
	return ret;
}

lr_toks *
lr_toks_of(const lr_doc_words *d)
{
	lr_toks *t = calloc(1, sizeof(*t));

	for (int p = 0; t != NULL && p < d->npages; p++)
		if (page_toks(t, &d->pages[p]) != 0) {
			lr_toks_free(t);
			return NULL;
		}
	return t;
}

void
lr_toks_free(lr_toks *t)
{
	if (t == NULL)
		return;
	for (int i = 0; i < t->n; i++) {
		free(t->v[i].text);
		free(t->v[i].fold);
		free(t->v[i].key);
	}
	free(t->v);
	free(t);
}

int
lr_tok_is(const lr_toks *t, int i, char c)
{
	return i >= 0 && i < t->n && (t->v[i].flags & TOK_PUNCT) &&
	    t->v[i].text[0] == c;
}

int
lr_tok_skip(const lr_toks *t, int i, int end, const char *skip)
{
	while (i < end && (t->v[i].flags & TOK_PUNCT) &&
	    strchr(skip, t->v[i].text[0]))
		i++;
	return i;
}

int
lr_tok_skip_to_name(const lr_toks *t, int i, int end)
{
	for (;;) {
		i = lr_tok_skip(t, i, end, ":-(");
		if (i + 1 >= end || !lr_tok_is(t, i, '.') ||
		    (t->v[i + 1].flags & TOK_BOL))
			return i;
		i++;	/* a stray dot in the line: "ông. Nguyễn Văn A" */
	}
}

char *
lr_tok_join(const lr_toks *t, int a, int b)
{
	size_t len = 1, o = 0;
	char *s;

	for (int i = a; i < b; i++)
		len += strlen(t->v[i].text) + 1;
	if (a >= b || (s = malloc(len)) == NULL)
		return NULL;
	for (int i = a; i < b; i++) {
		const char *x = t->v[i].text;
		int glue = i == a || strchr(",.;:)", x[0]) != NULL ||
		    lr_tok_is(t, i - 1, '(');
		if (!glue)
			s[o++] = ' ';
		memcpy(s + o, x, strlen(x));
		o += strlen(x);
	}
	s[o] = '\0';
	return s;
}

int
lr_tab_content(const lr_tok *k)
{
	/* a letter folds to a-z; marks of their own ("ˆ", "„") do not */
	return ((k->flags & TOK_ALPHA) && k->fold != NULL && strpbrk(k->fold,
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != NULL) ||
	    strpbrk(k->text, "0123456789") != NULL;
}

int
lr_tok_speck(const lr_tok *k)
{
	return !lr_tab_content(k) && !(k->text[0] != '\0' &&
	    k->text[1] == '\0' && strchr(",;.:-()/", k->text[0]) != NULL);
}

char *
lr_tok_join_unspecked(const lr_toks *t, int a, int b, int *specks)
{
	char *out = NULL, *run, *more;
	int e;

	for (int j = a; j < b; j = e) {
		if (lr_tok_speck(&t->v[j])) {
			++*specks, e = j + 1;
			continue;
		}
		for (e = j; e < b && !lr_tok_speck(&t->v[e]); e++)
			;
		if ((run = lr_tok_join(t, j, e)) == NULL)
			continue;
		if (out == NULL)
			more = run, run = NULL;
		else if (asprintf(&more, "%s%s%s", out, strchr(",;.)", run[0]) ?
		    "" : " ", run) < 0)
			more = NULL;
		free(out), free(run);
		if ((out = more) == NULL)
			return NULL;
	}
	return out;
}

int
lr_tok_named(const lr_toks *t, int a, int b)
{
	for (; a < b; a++)
		if (t->v[a].flags & (TOK_DIGIT | TOK_UPPER))
			return 1;
	return 0;
}

/* Set token k's text to text (taken), with its fold, key and flags. */
static int
retext(lr_tok *k, char *text)
{
	char *fold = lr_ascii(text), *key = fold ? strdup(fold) : NULL;

	if (key == NULL) {
		free(text), free(fold);
		return -1;
	}
	lr_fold_key(key);
	free(k->text), free(k->fold), free(k->key);
	k->text = text, k->fold = fold, k->key = key;
	k->flags = (k->flags & TOK_BOL) | flags_of(text);
	k->fixed = 0;	/* as TOK_REPAIRED: a piece's repairs are not known */
	return 0;
}

int
lr_tok_split(lr_toks *t, int i, size_t n)
{
	lr_tok *k;
	char *head, *tail;
	size_t len = strlen(t->v[i].text);

	if (n == 0 || n >= len ||
	    lr_reserve(&t->v, &t->cap, (size_t)t->n, sizeof(*t->v), 256) != 0)
		return -1;
	if ((head = strndup(t->v[i].text, n)) == NULL ||
	    (tail = strdup(t->v[i].text + n)) == NULL) {
		free(head);
		return -1;
	}
	memmove(&t->v[i + 2], &t->v[i + 1], (size_t)(t->n - i - 1) *
	    sizeof(*t->v));
	t->n++;
	k = &t->v[i + 1];
	*k = t->v[i];
	k->text = k->fold = k->key = NULL;
	k->flags &= ~(unsigned)TOK_BOL;
	k->w = (int)((double)t->v[i].w * (double)(len - n) / (double)len);
	k->x = t->v[i].x + t->v[i].w - k->w;
	t->v[i].w -= k->w;
	if (retext(k, tail) != 0) {
		k->text = strdup(""), k->fold = strdup(""), k->key = strdup("");
		free(head);
		return -1;
	}
	return retext(&t->v[i], head);
}
