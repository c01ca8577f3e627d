/* Field extraction: the rows of a table read cell by cell, by their types
 * when the "|" separators are lost or stray, with the signs of OCR damage
 * counted so that a damaged row goes to review (the checks of the whole
 * table are table-check.c's). */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract-private.h"
#include "table-int.h"
#include "text/text.h"

/* A row being read. */
struct row {
	struct lr_table *tb;
	int owner, parcel, stt, damage, piped, bad_area;
	int spouse;			/* a spouse in the holder's cell, or -1 */
	int unread;			/* a name cell not read: 'M', 'F', 1 */
	int ha;				/* the cell's area is in hectares */
	const char *use;		/* the use of the cell's area, or "" */
	const char *why;
	char pre[32], opre[32];
};

static void
damage(struct row *r, const char *why)
{
	if (r->damage++ == 0)
		r->why = why;
}

/* The digits and separators of token k in buf (n bytes): OCR letters next
 * to digits made digits, "/" made ".", other characters and separators at
 * the ends dropped ("'}.788" -> "788", "1/007" -> "1.007"); the changes in
 * *rep.  Returns the number of digits. */
static int
cell_digits(const lr_tok *k, char *buf, size_t n, int *rep)
{
	const char *p = k->text;
	size_t o = 0;
	int digits = 0, d, r;

	for (*rep = 0; *p != '\0' && o + 1 < n; p++) {
		r = 0;
		if ((d = lr_ocr_digit(*p, &r)) >= 0 && (r == 0 || (o > 0 &&
		    isdigit((unsigned char)buf[o - 1])) ||
		    isdigit((unsigned char)p[1])))
			buf[o++] = (char)('0' + d), digits++, *rep += r;
		else if (*p == '.' || *p == ',' || *p == '/')
			buf[o++] = *p == '/' ? '.' : *p, *rep += *p == '/';
		else
			(*rep)++;
	}
	buf[o] = '\0';
	for (; o > 0 && !isdigit((unsigned char)buf[o - 1]); (*rep)++)
		buf[--o] = '\0';
	size_t lead = strspn(buf, ".,");
	*rep += (int)lead;
	memmove(buf, buf + lead, o - lead + 1);
	return digits;
}

/* The row number of token k (OCR letters allowed), or -1. */
static int
stt_of(const lr_tok *k)
{
	char buf[16];
	int rep, r = 0;

	if (strlen(k->text) > 4)
		return -1;
	if (cell_digits(k, buf, sizeof(buf), &rep) == 0)
		return k->text[1] == '\0' ? lr_ocr_digit(k->text[0], &r) : -1;
	return strspn(buf, "0123456789") == strlen(buf) && strlen(buf) <= 3 ?
	    atoi(buf) : -1;
}

/* Is token k a piece of a rule: underscores only ("_", "__"), which no
 * value is written with? */
static int
rule_piece(const lr_tok *k)
{
	return k->text[0] == '_' && strspn(k->text, "_") == strlen(k->text);
}

/* Is token k what OCR makes of a dotted or dashed rule: a mark no word
 * holds ("¡", "¦", "ˆ") or a run of three dots or dashes or more ("....",
 * "---", "…")?  Like "|", it parts cells and is no damage. */
static int
rule_mark(const lr_tok *k)
{
	const char *x = k->text;

	if (strcmp(x, "\u00a1") == 0 || strcmp(x, "\u00a6") == 0 ||
	    strcmp(x, "\u02c6") == 0 || strcmp(x, "\u2026") == 0)
		return 1;
	return strlen(x) >= 3 && (strspn(x, ".") == strlen(x) ||
	    strspn(x, "-") == strlen(x));
}

/* Is s the number of a sub-row, "1.2", "12.3" (a holder's second
 * parcel under the holder's own row)? */
static int
sub_number(const char *s)
{
	size_t a = strspn(s, "0123456789"), b;

	if (a == 0 || a > 3 || s[a] != '.')
		return 0;
	b = strspn(s + a + 1, "0123456789");
	return b > 0 && b <= 2 && s[a + 1 + b] == '\0';
}

/* The first token in [i, e) with content; stray marks other than "|"
 * passed on the way are damage, but for a piece of a rule in a cell the
 * table's rules drew (what the unruling left of them). */
static int
skip_marks(const lr_xctx *c, struct row *r, int i, int e)
{
	for (; i < e && !lr_tab_content(&c->t->v[i]); i++)
		if (!lr_tok_is(c->t, i, '|') && !rule_mark(&c->t->v[i]) &&
		    !(r->tb->geo == 2 && rule_piece(&c->t->v[i])))
			damage(r, "stray marks between cells");
	return i;
}

/* Skip words that belong to no cell up to the next token with a digit
 * (letters OCR'd from a rule, "toc", "Ì"); they are damage. */
static int
skip_words(const lr_xctx *c, struct row *r, int i, int e)
{
	int rep;
	char buf[32];

	for (i = skip_marks(c, r, i, e); i < e && cell_digits(&c->t->v[i],
	    buf, sizeof(buf), &rep) == 0; i = skip_marks(c, r, i + 1, e))
		damage(r, "stray text between cells");
	return i;
}

static int near_code(const lr_xctx *c, int i, char code[4]);

/* Does token k start with a row number OCR ran into the name after it
 * ("3HộbàLêThịYến"): one to three digits, then three letters or more? */
static int
glued_stt(const lr_tok *k)
{
	size_t d = strspn(k->text, "0123456789");

	return d >= 1 && d <= 3 && (k->flags & TOK_ALPHA) &&
	    strlen(k->text + d) >= 3 && strpbrk(k->text + d, "0123456789.,")
	    == NULL;
}

/* Is token i, before e, a row number misread as a small letter or two
 * ("j" for 1), a capitalised word (the name) after it? */
static int
misread_stt(const lr_xctx *c, int i, int e)
{
	return i + 1 < e && !(c->t->v[i].flags & (TOK_UPPER | TOK_DIGIT)) &&
	    strlen(c->t->v[i].text) <= 2 && (c->t->v[i + 1].flags & TOK_UPPER);
}

/* The capitalised word (the name) after up to three specks OCR read as
 * small words or marks from token i, before e ("mẻ. ốc Am": a row number
 * smudged); i when there is none. */
static int
past_specks(const lr_xctx *c, int i, int e)
{
	for (int j = i; j < e && j < i + 4; j++) {
		if (c->t->v[j].flags & TOK_UPPER)
			return j;
		if (c->t->v[j].flags & TOK_DIGIT)
			return i;
	}
	return i;
}

/* The token after "và chồng là ông" ("và vợ là bà", "và vợ") at i, the
 * name of a holder's spouse on a row of its own; i when there is none. */
static int
past_spouse(const lr_xctx *c, int i, int e)
{
	int n = lr_label_at(c->s, c->t, i, e, LAB_SPOUSE, NULL), j;

	if (n < 0)
		return i;
	if ((j = lr_label_at(c->s, c->t, n, e, LAB_OWNER_M, NULL)) > 0 ||
	    (j = lr_label_at(c->s, c->t, n, e, LAB_OWNER_F, NULL)) > 0)
		n = j;
	return n < e ? n : i;
}

int
lr_tab_is_row(const lr_xctx *c, const struct lr_table *tb, int a, int b)
{
	int first = -1, last = -1, content = 0, nums = 0, rep;
	char buf[32], code[4];

	for (int j = a; j < b; j++)
		if (lr_tab_content(&c->t->v[j])) {
			first = first < 0 ? j : first;
			last = j;
			content++;
			nums += cell_digits(&c->t->v[j], buf, sizeof(buf),
			    &rep) > 0;
		}
	if (first < 0 || content < 3)
		return 0;
	if (glued_stt(&c->t->v[first]) || (stt_of(&c->t->v[first]) >= 0 &&
	    lr_tok_named(c->t, first + 1, b)))
		return 1;
	/* a row whose number was lost, or misread as a small letter ("j"
	 * for 1): a name, numbers, a land-use code */
	first += misread_stt(c, first, b);
	if (tb->ncol > 0)	/* under a header */
		first = past_specks(c, first, b);
	if (tb->ncol > 0 && tb->prev_owner >= 0)	/* the holder's spouse */
		first = past_spouse(c, first, b);
	return nums >= (tb->ncol > 0 ? 1 : 2) && (c->t->v[first].flags &
	    TOK_UPPER) &&
	    near_code(c, last, code) == 0;
}

/* Is buf a well-formed Vietnamese number: dots between groups of three,
 * at most decimals decimals after a comma ("1.996,0", "415", "974,8")? */
static int
vn_wellformed(const char *s, int decimals)
{
	size_t g = strspn(s, "0123456789");

	if (g == 0 || (g > 3 && s[g] == '.'))
		return 0;
	for (s += g; *s == '.'; s += 4)
		if (strspn(s + 1, "0123456789") != 3)
			return 0;
	if (*s == ',') {
		g = strspn(s + 1, "0123456789");
		s += g + 1;
		if (g < 1 || (int)g > decimals)
			return 0;
	}
	return *s == '\0';
}

/* Add the digits of area cell buf of row r to the lost areas of its
 * table (short: see short_lost); 1 when added. */
static int
add_lost(struct row *r, const char *buf, int short_one)
{
	struct lr_table *tb = r->tb;
	double v = 0;

	if (tb->nlost >= LR_TAB_MAXLOST)
		return 0;
	const char *dot = strrchr(buf, '.');
	size_t group = dot != NULL ? strspn(dot + 1, "0123456789") : 0;

	for (const char *s = buf; *s != '\0'; s++)
		if (isdigit((unsigned char)*s))
			v = v * 10 + (*s - '0');
	tb->lost_dec[tb->nlost] = group > 3 && dot[1 + group] == '\0' ?
	    (int)group - 3 : 0;
	tb->short_lost[tb->nlost] = short_one;
	tb->lostv[tb->nlost] = v;
	tb->lost[tb->nlost++] = r->parcel;
	return 1;
}

/* Note the format of area cell buf of row r (rep characters repaired or
 * dropped): well-formed ones by their decimals; those read clean whose
 * separators were lost ("53028", "3868": four digits or more and no dot,
 * "5.4041") among the lost, and short whole numbers ("967") too, for the
 * total to settle.  1 when it is among the lost. */
static int
area_format(struct row *r, const char *buf, int rep)
{
	struct lr_table *tb = r->tb;
	const char *comma = strchr(buf, ','), *dot = strchr(buf, '.');
	size_t dec = comma ? strlen(comma + 1) : 0;
	int wf = vn_wellformed(buf, 2);

	if (r->ha)
		return 0;
	if (wf && (comma != NULL || (rep == 0 && (dot || strlen(buf) < 4)))) {
		tb->ndec[dec]++;
		tb->dots += dot != NULL;
		tb->zeros += dec > 0 && strspn(comma + 1, "0") == dec;
		return comma == NULL && dot == NULL && add_lost(r, buf, 1);
	}
	return rep == 0 && comma == NULL && add_lost(r, buf, 0);
}

static const char why_unsure[] = "figures read by OCR with less than full "
    "confidence";

/* A sheet or parcel number cell at token i. */
static int
int_cell(lr_xctx *c, struct row *r, const char *key, int i, int e)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	char buf[32];
	int rep;

	if ((i = skip_words(c, r, i, e)) >= e)
		return i;
	cell_digits(&c->t->v[i], buf, sizeof(buf), &rep);
	if (rep || strspn(buf, "0123456789") != strlen(buf))
		damage(r, "number cell damaged in OCR");
	buf[strspn(buf, "0123456789")] = '\0';
	lr_span sp = { i, i + 1, rep ? c->s->set[SET_REPAIR] : 1,
	    rep ? "digits repaired" : NULL };
	lr_x_unsure_figures(c, &sp, why_unsure);
	lr_x_put(c, p, r->pre, key, json_string(buf), &sp, 0);
	return i + 1;
}

/* An area in hectares whose comma OCR lost after its leading zero
 * ("04308" for 0,4308: no number of hectares starts with 0) has it put
 * back in buf (n bytes); 1 when it was. */
static int
lost_comma(char *buf, size_t n)
{
	size_t len = strlen(buf);

	if (buf[0] != '0' || !isdigit((unsigned char)buf[1]) ||
	    strpbrk(buf, ".,") != NULL || len + 2 > n)
		return 0;
	memmove(buf + 2, buf + 1, len);
	buf[1] = ',';
	return 1;
}

/* Note parcel i of tb, its area cell buf (repaired), among the doubtful
 * areas, with its decimals. */
static void
add_odd(struct lr_table *tb, int i, const char *buf)
{
	const char *comma = strrchr(buf, ','), *dot = strrchr(buf, '.');
	int dec = comma ? (int)strlen(comma + 1) : 0;

	if (comma == NULL && dot != NULL && strlen(dot + 1) < 3)
		dec = (int)strlen(dot + 1);	/* "407/7" made "407.7" */
	if (tb->nodd < LR_TAB_MAXLOST) {
		tb->odds[tb->nodd] = i;
		tb->odd_dec[tb->nodd] = dec;
	}
	tb->odd = i;
	tb->nodd++;
}

/* An area cell at token i: a Vietnamese number in m², or in hectares
 * (r->ha), made m². */
/* An area whose thousands a space groups, "2 320,9": token i (its digits
 * in buf, n bytes) of one to three digits, then, before e, one of three
 * digits and its decimals: joined in buf with a thousands dot
 * ("2.320,9").  The tokens it takes: 2, else 1. */
static int
grouped(const lr_xctx *c, int i, int e, char *buf, size_t n)
{
	char next[40];
	size_t len = strlen(buf), d;
	int rep;

	if (i + 1 >= e || len == 0 || len > 3 || strspn(buf, "0123456789") !=
	    len || c->t->v[i + 1].x - (c->t->v[i].x + c->t->v[i].w) >
	    c->t->v[i].h)
		return 1;
	cell_digits(&c->t->v[i + 1], next, sizeof(next), &rep);
	d = strspn(next, "0123456789");
	if (rep != 0 || d != 3 || (next[3] != '\0' && next[3] != ',') ||
	    len + strlen(next) + 2 > n)
		return 1;
	buf[len] = '.';
	memcpy(buf + len + 1, next, strlen(next) + 1);
	return 2;
}

/* The unit of area at token i (before e) after the area at i - 1 in its
 * cell, on its line a space after it, "0,1235 ha": 2 hectares, 1 a word
 * of two letters OCR made of "ha" (an h first: "hd", "hơ"; nothing else
 * follows an area there but "m²"), 0 none. */
static int
cell_ha(const lr_xctx *c, int i, int e)
{
	const lr_tok *n, *u;

	if (i >= e)
		return 0;
	n = &c->t->v[i - 1], u = &c->t->v[i];
	if (abs(u->y - n->y) > n->h / 2 || u->x - (n->x + n->w) > 2 * n->h)
		return 0;
	if (strcmp(u->key, "ha") == 0)
		return 2;
	return strlen(u->key) == 2 && u->key[0] == 'h' &&
	    isalpha((unsigned char)u->key[1]);
}

/* The whole part of an area OCR read as a letter and set apart with its
 * separator ("O, 1304" for 0,1304), token i - 1 of its cell (from a), the
 * number at i: put back before buf (n bytes: "0,1304"); 1 when it was. */
static int
split_whole(const lr_xctx *c, int a, int i, char *buf, size_t n)
{
	const char *w = i - 1 >= a ? c->t->v[i - 1].text : "";
	int d, rep = 0;
	size_t len = strlen(buf);

	if (strlen(w) != 2 || (w[1] != ',' && w[1] != '.') || len + 3 > n ||
	    (d = lr_ocr_digit(w[0], &rep)) < 0 || strpbrk(buf, ".,") != NULL)
		return 0;
	memmove(buf + 2, buf, len + 1);
	buf[0] = (char)('0' + d), buf[1] = w[1];
	return 1;
}

static int
area_cell(lr_xctx *c, struct row *r, int i, int e)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	char buf[40];
	int rep, amb = 0;
	double v;

	int a = i;

	if ((i = skip_words(c, r, i, e)) >= e)
		return i;
	cell_digits(&c->t->v[i], buf, sizeof(buf), &rep);
	rep += split_whole(c, a, i, buf, sizeof(buf));
	int n = grouped(c, i, e, buf, sizeof(buf)), unit = cell_ha(c, i + n, e);
	r->ha |= unit != 0;
	rep += unit == 1;
	if (r->use[0] != '\0' && !json_is_null(json_object_get(p, "area")))
		damage(r, "areas in two land-use columns");
	rep += r->ha && lost_comma(buf, sizeof(buf));
	if (lr_read_vnnum(buf, &v, &amb) == 0)
		return i + 1;
	if (r->ha)
		v *= 10000;
	int lost = area_format(r, buf, rep);
	if (rep || amb || !vn_wellformed(buf, r->ha ? 4 : 2)) {
		damage(r, "area cell damaged in OCR");
		r->bad_area = 1;
		if (!lost)
			add_odd(r->tb, r->parcel, buf);
	}
	lr_span sp = { i, i + n, r->bad_area ? c->s->set[SET_AMBIGUOUS] : 1,
	    r->bad_area ? "area separators damaged in OCR" : NULL };
	lr_x_unsure_figures(c, &sp, why_unsure);
	lr_x_put(c, p, r->pre, "area", json_real(round(v * 100) / 100), &sp,
	    0);
	if (r->use[0] != '\0' && json_is_null(json_object_get(p, "land_use")))
		lr_x_put(c, p, r->pre, "land_use", json_string(r->use), &sp, 0);
	return i + n + (unit != 0);
}

/* The code of the 3-letter token at i read through its marks or one
 * letter off ("LỤC", "CTN"), or of a 4-letter one with a letter too many
 * ("LUỤC"), when only one code is that near. */
static int
near_code(const lr_xctx *c, int i, char code[4])
{
	size_t len = strlen(c->t->v[i].fold);
	int found = -1, n = 0, best = 2, d;
	char up[5];

	if (len != 3 && len != 4)
		return -1;
	for (size_t k = 0; k < len; k++)
		up[k] = (char)toupper((unsigned char)c->t->v[i].fold[k]);
	up[len] = '\0';
	for (int k = 0; k < c->s->ncodes; k++) {
		if ((d = lr_edit_distance(up, c->s->codes[k], 1)) < best)
			best = d, found = k, n = 1;
		else if (d == best)
			n++;
	}
	if (n != 1 || found < 0)
		return -1;
	memcpy(code, c->s->codes[found], 4);
	return 0;
}

/* The code the 3-character token i reads as when OCR took its letters
 * for figures or marks that look like them ("(1N", "CIN", "00T"?): a "("
 * before it (paren, run into it) or first in it a C, 0 an O, 1 and I an
 * L; 0 when exactly a code, else -1. */
static int
lookalike_code(const lr_xctx *c, int i, int paren, char code[4])
{
	const char *x = c->t->v[i].text;
	char up[4];
	size_t n = 0;

	if (paren)
		up[n++] = 'C';
	for (; *x != '\0' && n < 3; x++) {
		char ch = (char)toupper((unsigned char)*x);
		up[n] = n == 0 && ch == '(' ? 'C' : ch == '0' ? 'O' : ch == '1' ||
		    ch == 'I' ? 'L' : ch;
		n++;
	}
	up[n] = '\0';
	for (int k = 0; *x == '\0' && n == 3 && k < c->s->ncodes; k++)
		if (strcmp(up, c->s->codes[k]) == 0) {
			memcpy(code, c->s->codes[k], 4);
			return 0;
		}
	return -1;
}

/* Is token i run into a "(" before it, j the cell's first token? */
static int
after_paren(const lr_xctx *c, int j, int i)
{
	const lr_tok *p = &c->t->v[i - 1];

	return i > j && lr_tok_is(c->t, i - 1, '(') &&
	    c->t->v[i].x - (p->x + p->w) < p->h / 2;
}

/* A land-use cell at token i: a code, or a name of land-use.tsv, put in
 * the parcel's key (land_use, or land_use_to in a change-of-use table). */
static int
use_cell(lr_xctx *c, struct row *r, const char *key, int i, int e)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	char code[4];
	lr_span sp;
	int j = i;

	if ((i = skip_marks(c, r, i, e)) >= e) {
		damage(r, "land use not read");
		return i;
	}
	if (lr_parse_landuse(c->s, c->t, i, i + 1 < e ? e : i + 1, code,
	    &sp) == 0) {
		/* a name in words ("Đất chuyên trồng lúa nước") from i is
		 * the use itself, the code alone its one token */
		if (sp.a != i)
			damage(r, "stray text before the land use");
	} else if (lookalike_code(c, i, after_paren(c, j, i), code) == 0 ||
	    near_code(c, i, code) == 0) {
		sp = (lr_span){ i, i + 1, c->s->set[SET_REPAIR],
		    "land-use code repaired" };
		damage(r, "land-use code repaired");
	} else {
		damage(r, "land use not read");
		return i;
	}
	lr_x_put(c, p, r->pre, key, json_string(code), &sp, 0);
	return sp.b;
}

/* The owner of the row above when name is it read differently ("VI Văn
 * Khăm" under "Vì Văn Khäm"): folded alike.  Else -1. */
static int
same_as_above(const lr_xctx *c, const struct row *r, const char *name)
{
	json_t *o = json_array_get(c->owners, (size_t)r->tb->prev_owner);
	const char *prev = o ? json_string_value(json_object_get(o, "name")) :
	    NULL;
	char *a, *b;
	int same;

	if (prev == NULL || strcmp(prev, name) == 0)
		return -1;
	a = lr_ascii(prev), b = lr_ascii(name);
	same = a != NULL && b != NULL && strcmp(a, b) == 0;
	free(a), free(b);
	return same ? r->tb->prev_owner : -1;
}

/* Does owner hold a row of tb already (not the row being read)? */
static int
holds_row(const lr_xctx *c, const struct lr_table *tb, int owner)
{
	size_t n = json_array_size(c->parcels);

	for (size_t i = (size_t)tb->first_parcel; i + 1 < n; i++) {
		json_t *h = json_object_get(json_array_get(c->parcels, i),
		    "holder");
		if (json_is_integer(h) && json_integer_value(h) == owner)
			return 1;
	}
	return 0;
}

/* A term cell at token i ("Lâu dài", "50 năm"); the token after it. */
static int
term_cell(lr_xctx *c, struct row *r, int i, int e)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	char *term;
	int ymd[3];
	lr_span sp;

	i = skip_marks(c, r, i, e);
	if (lr_parse_term(c->s, c->t, i, e, &term, ymd, &sp) != 0) {
		damage(r, "term not read");
		return i;
	}
	lr_x_put(c, p, r->pre, "term", json_string(term), &sp, 0);
	free(term);
	return sp.b;
}

/* Has a token of [i, e) letters? */
static int
has_letters(const lr_xctx *c, int i, int e)
{
	for (; i < e; i++)
		if (c->t->v[i].flags & TOK_ALPHA)
			return 1;
	return 0;
}

/* A row whose name cell, cut by "|", holds text but no name OCR could
 * read ("9ẦHộbàLêThiYếnry", a row number and a name run together), and
 * whose parcel has a number or sheet: a holder of its own whose name is
 * not read, under review, never the holder of the row above (only a
 * blank cell says that).  1 when it was made. */
static int
unread_holder(lr_xctx *c, struct row *r, json_t *p)
{
	lr_span sp = { 0, 0, c->s->set[SET_ROW_DAMAGED], "name not read" };

	if (!r->unread || (json_is_null(json_object_get(p, "number")) &&
	    json_is_null(json_object_get(p, "sheet"))))
		return 0;
	r->owner = lr_x_namesake(c, NULL, r->unread == 1 ? 0 : r->unread,
	    &sp);
	damage(r, "the holder's name not read");
	return 1;
}

/* The token of the whole number after label lab in tokens [i, e) ("số
 * 31," after "Tờ bản đồ"), outside [skip0, skip1); -1 when none. */
static int
labelled_at(const lr_xctx *c, int lab, int i, int e, int skip0, int skip1)
{
	for (int j = i; j < e; j++) {
		int v = j >= skip0 && j < skip1 ? -1 : lr_label_at(c->s, c->t,
		    j, e, lab, NULL);
		if (v < 0)
			continue;
		v = lr_tok_skip(c->t, v, e, ":");
		return v < e && (c->t->v[v].flags & TOK_DIGIT) ? v : -1;
	}
	return -1;
}

int
lr_tab_located(const lr_xctx *c, int i, int e, int *sheet, int *num)
{
	*sheet = labelled_at(c, LAB_P_SHEET, i, e, e, e);
	*num = *sheet < 0 ? -1 : labelled_at(c, LAB_P_NUMBER, i, e, *sheet -
	    1 > i ? *sheet - 1 : i, *sheet + 1);
	return *sheet >= 0 && *num >= 0;
}

/* The whole number of token k put as key of parcel p (row r), doubted
 * when OCR damaged its digits; its trailing comma is the cell's. */
static void
labelled_value(lr_xctx *c, struct row *r, json_t *p, const char *key,
    int k)
{
	char buf[32];
	int rep;

	cell_digits(&c->t->v[k], buf, sizeof(buf), &rep);
	rep -= strchr(",;.", c->t->v[k].text[strlen(c->t->v[k].text) - 1])
	    != NULL && rep > 0;
	buf[strspn(buf, "0123456789")] = '\0';
	lr_span sp = { k, k + 1, rep ? c->s->set[SET_REPAIR] : 1,
	    rep ? "digits repaired" : NULL };
	lr_x_put(c, p, r->pre, key, json_string(buf), &sp, 0);
}

/* A cell that names its parcel with labels, "Tờ bản đồ số 31, thửa số
 * 316" (either order), from token i: the token after the later number,
 * else -1. */
static int
located_cell(lr_xctx *c, struct row *r, int i, int e)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	int sheet, num;

	if (!lr_tab_located(c, i, e, &sheet, &num))
		return -1;
	labelled_value(c, r, p, "sheet", sheet);
	labelled_value(c, r, p, "number", num);
	return (sheet > num ? sheet : num) + 1;
}

/* A cell of two whole numbers parted by "/" at token i ("184/9" under
 * "thửa/tờ"): the first in key1, the second in key2; the token after. */
static int
pair_cell(lr_xctx *c, struct row *r, const char *key1, const char *key2,
    int i, int e)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	char buf[32] = "";
	size_t len = 0, n1;
	int b = skip_marks(c, r, i, e);

	if ((i = located_cell(c, r, b, e)) >= 0)
		return i;
	for (i = b; i < e && len + strlen(c->t->v[i].text) < sizeof(buf);
	    i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s",
		    c->t->v[i].text);
	n1 = strspn(buf, "0123456789");
	if (n1 == 0 || buf[n1] != '/' || strspn(buf + n1 + 1, "0123456789")
	    != strlen(buf + n1 + 1) || buf[n1 + 1] == '\0') {
		damage(r, "number and sheet not read");
		return b;
	}
	buf[n1] = '\0';
	lr_span sp = { b, i, 1, NULL };
	lr_x_put(c, p, r->pre, key1, json_string(buf), &sp, 0);
	lr_x_put(c, p, r->pre, key2, json_string(buf + n1 + 1), &sp, 0);
	return i;
}

/* An organisation in a name cell from token i ("Công ty TNHH …", a lease
 * table; "Ủy ban nhân dân xã ...", a body named so in cells only): an
 * owner named by the whole cell, "organisation": true; the token after
 * it, or i when the cell names none. */
static int
organisation_cell(lr_xctx *c, struct row *r, int i, int e)
{
	lr_span sp;
	char *name, path[48];
	json_t *o;

	if (!r->piped || (lr_label_at(c->s, c->t, i, e, LAB_OWNER_ORG, NULL) <=
	    0 && lr_label_at(c->s, c->t, i, e, LAB_OWNER_BODY, NULL) <= 0) ||
	    lr_parse_text(c->t, i, e, 0, &name, &sp) != 0)
		return i;
	r->owner = lr_x_owner(c, name, 0, 0, &sp);
	free(name);
	o = json_array_get(c->owners, (size_t)r->owner);
	json_object_set_new(o, "organisation", json_true());
	json_object_set_new(o, "gender", json_null());	/* none by its name */
	lr_x_prefix(r->opre, sizeof(r->opre), "owners", r->owner);
	snprintf(path, sizeof(path), "%s.gender", r->opre);
	json_object_del(c->fields, path);
	return sp.b;
}

/* The end of a title for either sex at token i, before e: "Ông/Bà",
 * "ông (bà)", "Hộ ông/bà", "HỘ BÀ (ÔNG)", the sex left to the name; *hh
 * set when it names a household.  -1 when there is none. */
static int
either_title(const lr_xctx *c, int i, int e, int *hh)
{
	static const char *const form[] = { "ong/ba", "ong(ba)", "ba/ong",
	    "ba(ong)" };
	char buf[32];
	size_t len = 0;

	for (int j = i; j < e && j < i + 6; j++) {
		for (const char *p = c->t->v[j].fold; *p != '\0' && len + 1 <
		    sizeof(buf); p++)
			buf[len++] = (char)tolower((unsigned char)*p);
		buf[len] = '\0';
		*hh = strncmp(buf, "ho", 2) == 0;
		for (size_t f = 0; f < sizeof(form) / sizeof(*form); f++)
			if (strcmp(buf + (*hh ? 2 : 0), form[f]) == 0)
				return j + 1;
	}
	return -1;
}

/* A spouse written in the holder's cell after the name, from token i
 * (before e): "và vợ là bà B", "và chồng Trần Văn B": an owner of her or
 * his own, of the title's sex (else the other sex), the two spouses of
 * each other, in r->spouse.  The token after the name; i when none. */
static int
spouse_cell(lr_xctx *c, struct row *r, int i, int e)
{
	json_t *o = json_array_get(c->owners, (size_t)r->owner);
	const char *sex = json_string_value(json_object_get(o, "gender"));
	int n = lr_label_at(c->s, c->t, lr_tok_skip(c->t, i, e, ",;"), e,
	    LAB_SPOUSE, NULL), j;
	int g = sex == NULL ? 0 : *sex == 'M' ? 'F' : 'M';
	char *name;
	lr_span sp;

	if (o == NULL || n < 0)
		return i;
	if ((j = lr_label_at(c->s, c->t, n, e, LAB_OWNER_M, NULL)) > 0)
		g = 'M', n = j;
	else if ((j = lr_label_at(c->s, c->t, n, e, LAB_OWNER_F, NULL)) > 0)
		g = 'F', n = j;
	if (lr_parse_name(c->s, c->t, n, e, &name, &sp) != 0)
		return i;
	r->spouse = lr_x_owner(c, name, g, 0, &sp);
	free(name);
	if (r->spouse == r->owner) {
		r->spouse = -1;
		return i;
	}
	lr_x_spouses(c, r->owner, r->spouse);
	return sp.b;
}

/* A name cell at token i that starts with a spouse ("và chồng là ông
 * B"): the second line of the holder's cell above, merged down over this
 * row; the row is that holder's, the spouse an owner of its own.  The
 * token after the spouse's name; i when the cell is no such line. */
static int
spouse_line(lr_xctx *c, struct row *r, int i, int e)
{
	int n;

	if (r->tb->prev_owner < 0 || lr_label_at(c->s, c->t, i, e,
	    LAB_SPOUSE, NULL) < 0)
		return i;
	r->owner = r->tb->prev_owner;
	lr_x_prefix(r->opre, sizeof(r->opre), "owners", r->owner);
	if ((n = spouse_cell(c, r, i, e)) == i)
		r->owner = -1;
	return n;
}

/* The sex of token i when it is a title, "Ông" or "Bà", after one mark a
 * cell's rule left glued before it ("lÔng", "|Bà", "IÔng"): 'M', 'F';
 * else 0. */
static int
ruled_title(const lr_xctx *c, int i, int e)
{
	const char *x = i < e ? c->t->v[i].text : "";
	utf8proc_int32_t u;
	char *key;
	int sex = 0;

	if (x[0] == '\0' || strchr("lI|!", x[0]) == NULL ||
	    utf8proc_iterate((const utf8proc_uint8_t *)x + 1, -1, &u) <= 0 ||
	    utf8proc_category(u) != UTF8PROC_CATEGORY_LU ||
	    (key = lr_ascii(x + 1)) == NULL)
		return 0;
	sex = strcmp(key, "ong") == 0 ? 'M' : strcmp(key, "ba") == 0 ? 'F' : 0;
	free(key);
	return sex;
}

/* Is token i "Bà" with its vowel misread under its grave mark ("Bò",
 * "Bè": no surname), three capitalised words of a name after it? */
static int
misread_ba(const lr_xctx *c, int i, int e)
{
	const char *x = i < e ? c->t->v[i].text : "";

	if (i + 3 >= e || (strcmp(x, "Bò") != 0 && strcmp(x, "Bè") != 0))
		return 0;
	for (int j = i + 1; j <= i + 3; j++)
		if ((c->t->v[j].flags & (TOK_UPPER | TOK_DIGIT)) != TOK_UPPER)
			return 0;
	return 1;
}

/* Does a title ("Ông", "Bà", "Hộ ông", "Ông/Bà", "lÔng") start at token
 * i, before e? */
static int
title_at(const lr_xctx *c, int i, int e)
{
	int hh;
	static const int lab[] = { LAB_OWNER_M, LAB_HH_M, LAB_OWNER_F,
	    LAB_HH_F };

	if (either_title(c, i, e, &hh) > 0 || ruled_title(c, i, e) != 0)
		return 1;
	for (size_t k = 0; k < sizeof(lab) / sizeof(*lab); k++)
		if (lr_label_at(c->s, c->t, i, e, lab[k], NULL) > 0)
			return 1;
	return 0;
}

/* The token where the name of the name cell [i, e) starts: i, or the
 * title on a line under words that start it with no title (what OCR made
 * of specks and rule marks in a cell merged over rows: "SA", "vZz gưr"
 * above "Bà Võ Kim Huyền"); those words are no part of the name. */
static int
title_below(const lr_xctx *c, int i, int e)
{
	const lr_tok *v = c->t->v;

	if (i >= e || title_at(c, i, e))
		return i;
	for (int j = i + 1; j < e && j < i + 6; j++)
		if (v[j - 1].y + v[j - 1].h / 2 < v[j].y && title_at(c, j, e))
			return j;
	return i;
}

static int owner_value(lr_xctx *c, struct row *r, int lab, int owner,
    int i, int e);

/* The birth year or date that goes on the name in its cell, from token i
 * (before e): "Ông Tráng A Dê, sinh năm 1970", "Bà Lan, năm sinh 1953",
 * given to the row's holder; the token after it, else i. */
static int
birth_in_name(lr_xctx *c, struct row *r, int i, int e)
{
	static const int lab[] = { LAB_BIRTH_YEAR, LAB_BIRTH_DATE };
	int j = lr_tok_skip(c->t, i, e, ",;-"), n, y;

	for (size_t k = 0; k < sizeof(lab) / sizeof(*lab) && r->owner >= 0;
	    k++)
		if ((n = lr_label_at(c->s, c->t, j, e, lab[k], NULL)) > 0 &&
		    (y = owner_value(c, r, lab[k], r->owner, n, e)) > 0)
			return y;
	return i;
}

/* The name cell at token i: "ông"/"bà" and a name, or "hộ ông"/"hộ bà"
 * and the name of a household's head, or a title for either sex
 * (either_title), or a spouse of the holder above (spouse_line); the
 * token after it. */
static int
name_cell(lr_xctx *c, struct row *r, int i, int e)
{
	int g = 0, n, hh = 0;
	lr_span sp;
	char *name;

	i = skip_marks(c, r, i, e);
	if (r->piped && i + 1 < e && (c->t->v[i].flags & TOK_DIGIT) &&
	    (r->stt = stt_of(&c->t->v[i])) >= 0)	/* its column merged in */
		i = skip_marks(c, r, i + 1, e);
	if ((n = organisation_cell(c, r, i, e)) > i)
		return n;
	i = title_below(c, i, e);
	if ((n = spouse_line(c, r, i, e)) > i)
		return r->piped ? n : skip_words(c, r, n, e);
	if ((n = either_title(c, i, e, &hh)) > 0)
		i = n;
	else if ((g = ruled_title(c, i, e)) != 0)
		i++;
	else if (misread_ba(c, i, e))
		g = 'F', i++;
	else if ((n = lr_label_at(c->s, c->t, i, e, LAB_OWNER_M, NULL)) > 0 ||
	    (hh = n = lr_label_at(c->s, c->t, i, e, LAB_HH_M, NULL)) > 0)
		g = 'M', i = n;
	else if ((n = lr_label_at(c->s, c->t, i, e, LAB_OWNER_F, NULL)) > 0 ||
	    (hh = n = lr_label_at(c->s, c->t, i, e, LAB_HH_F, NULL)) > 0)
		g = 'F', i = n;
	if (lr_parse_name(c->s, c->t, i, e, &name, &sp) != 0) {
		if (!r->piped)	/* a blank cell only "|" can show */
			damage(r, "no name read");
		else if (has_letters(c, i, e))
			r->unread = g ? g : 1;
		return i;
	}
	if ((r->owner = same_as_above(c, r, name)) >= 0)
		damage(r, "name read differently in the row above");
	else if ((r->owner = lr_x_owner(c, name, g, hh > 0 ||
	    r->tb->households, &sp)) !=
	    r->tb->prev_owner && holds_row(c, r->tb, r->owner)) {
		r->owner = lr_x_namesake(c, name, g, &sp);
		damage(r, "the name of a holder rows above: a namesake");
	}
	lr_x_prefix(r->opre, sizeof(r->opre), "owners", r->owner);
	free(name);
	if (sp.why != NULL && sp.why != lr_why_cap_mark)
		damage(r, sp.why);
	n = birth_in_name(c, r, spouse_cell(c, r, sp.b, e), e);
	return r->piped ? n : skip_words(c, r, n, e);
}

/* An address cell (the owner's or the parcel's) at token i; other text
 * columns (notes) are passed over.  The token after it. */
static int
text_cell(lr_xctx *c, struct row *r, int lab, int i, int e)
{
	json_t *o = json_array_get(c->owners, (size_t)r->owner);
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	int own = lab == LAB_ADDRESS && o != NULL;
	char *text;
	lr_span sp;

	c->owner_addr |= own;
	if ((lab != LAB_ADDRESS && lab != LAB_P_ADDRESS) ||
	    lr_parse_address(c->s, c->t, i, e, &text, &sp) != 0)
		return r->piped ? e : i;
	lr_x_put(c, own ? o : p, own ? r->opre : r->pre, "address",
	    json_string(text), &sp, 1);
	free(text);
	return sp.b;
}

/* A birth date of owner o (prefix pre) from token i, before e, with its
 * year: 0 when read, else -1. */
static int
birth_date(lr_xctx *c, json_t *o, const char *pre, int i, int e,
    lr_span *sp)
{
	int ymd[3];
	char iso[40];

	if (o == NULL || lr_parse_date(c->s, c->t, i, e, ymd, sp) != 0)
		return -1;
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
	lr_x_put(c, o, pre, "birth_date", json_string(iso), sp, 0);
	lr_x_put(c, o, pre, "birth_year", json_integer(ymd[0]), sp, 0);
	return 0;
}

/* A birth year or date, or an ID number (column lab) of owner from token
 * i (before e); the token after it, -1 when none. */
static int
owner_value(lr_xctx *c, struct row *r, int lab, int owner, int i, int e)
{
	json_t *o = json_array_get(c->owners, (size_t)owner);
	char id[13], pre[32], path[64];
	lr_span sp;
	int y, rc = -1, is_id = lab == LAB_ID_CCCD || lab == LAB_ID_DD ||
	    lab == LAB_ID_CMND;

	i = skip_marks(c, r, i, e);
	lr_x_prefix(pre, sizeof(pre), "owners", owner);
	if (is_id && o != NULL)
		rc = lr_parse_id(c->s, c->t, i, e, id, &sp);
	if (lab == LAB_BIRTH_DATE && birth_date(c, o, pre, i, e, &sp) == 0)
		return sp.b;
	if ((lab == LAB_BIRTH_YEAR || lab == LAB_BIRTH_DATE) && o != NULL &&
	    lr_parse_year(c->s, c->t, i, e, &y, &sp) == 0)
		lr_x_put(c, o, pre, "birth_year", json_integer(y), &sp, 0);
	else if (rc == 0) {
		lr_x_put(c, o, pre, "id_number", json_string(id), &sp, 0);
		lr_x_put(c, o, pre, "id_type", json_string(lr_x_id_type(id,
		    lab)), &sp, 0);
	} else {
		/* refused (lr_id_repairs): the owner's ID is for review */
		if (rc == LR_ID_REFUSED && snprintf(path, sizeof(path),
		    "%s.id_number", pre) < (int)sizeof(path))
			lr_x_doubt(c, path, 1, lr_why_id_refused);
		return -1;
	}
	return sp.b;
}

/* Read the cell of column lab from token i, before e; the token after. */
static int
cell(lr_xctx *c, struct row *r, int lab, int i, int e)
{
	int y;

	switch (lab) {
	case LAB_T_NAME:
		return name_cell(c, r, i, e);
	case LAB_T_STT:
		i = skip_marks(c, r, i, e);
		r->stt = i < e ? stt_of(&c->t->v[i]) : -1;
		return r->stt >= 0 || misread_stt(c, i, e) || (i < e &&
		    sub_number(c->t->v[i].text)) ? i + 1 : i;
	case LAB_P_SHEET:
		return int_cell(c, r, "sheet", i, e);
	case LAB_P_NUMBER:
		return int_cell(c, r, "number", i, e);
	case LAB_T_NUMSHEET:
		return pair_cell(c, r, "number", "sheet", i, e);
	case LAB_T_SHEETNUM:
		return pair_cell(c, r, "sheet", "number", i, e);
	case LAB_P_AREA:
		return area_cell(c, r, i, e);
	case LAB_P_USE:
	case LAB_USE_FROM:
		return use_cell(c, r, "land_use", i, e);
	case LAB_USE_TO:
		return use_cell(c, r, "land_use_to", i, e);
	case LAB_P_TERM:
		return term_cell(c, r, i, e);
	}
	if ((y = owner_value(c, r, lab, r->owner, i, e)) < 0)
		return text_cell(c, r, lab, i, e);
	/* a couple in one holder's cell: its second year or ID the spouse's */
	return r->spouse >= 0 && (i = owner_value(c, r, lab, r->spouse, y, e))
	    >= 0 ? i : y;
}

/* The cells of row [a, b) cut at "|": their first tokens in starts, with
 * starts[n] one past the end; n. */
static int
pipe_cells(const lr_xctx *c, int a, int b, int *starts)
{
	int n = 0;

	a = lr_tok_skip(c->t, a, b, "|");
	starts[n++] = a;
	for (int j = a; j < b && n <= LR_TAB_MAXCOL; j++)
		if (lr_tok_is(c->t, j, '|'))
			starts[n++] = j + 1;
	starts[n] = b + 1;
	return n;
}

/* The row number against the one expected; the holder; damage noted. */
static void
row_end(lr_xctx *c, struct row *r)
{
	int want = c->next_stt > 0 ? c->next_stt : 1;
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);

	/* in cells found by geometry, rules or columns keep rows apart */
	if (!r->tb->geo && r->stt < 0)
		damage(r, "row number not read");
	else if (!r->tb->geo && r->stt != want) {
		damage(r, "row numbers skip or repeat");
		r->tb->gaps++;
	}
	c->next_stt = (r->stt >= 0 ? r->stt : want) + 1;
	if (r->owner < 0 && !unread_holder(c, r, p))
		r->owner = r->tb->prev_owner;
	if (r->owner >= 0)
		json_object_set_new(p, "holder", json_integer(r->owner));
	r->tb->prev_owner = r->owner;
	r->tb->rows++;
	if (r->bad_area || json_is_null(json_object_get(p, "area")))
		r->tb->bad_area = r->parcel, r->tb->nbad_area++;
	if (r->damage == 0)
		return;
	r->tb->damaged++;
	lr_x_doubt(c, r->pre, c->s->set[SET_ROW_DAMAGED], r->why);
	if (r->owner >= 0) {
		lr_x_prefix(r->opre, sizeof(r->opre), "owners", r->owner);
		lr_x_doubt(c, r->opre, c->s->set[SET_ROW_DAMAGED], r->why);
	}
}

void
lr_tab_row(lr_xctx *c, struct lr_table *tb, int a, int b)
{
	int starts[LR_TAB_MAXCOL + 2], n = pipe_cells(c, a, b, starts);

	lr_tab_row_cut(c, tb, a, b, n == tb->ncol ? starts : NULL);
}

void
lr_tab_row_cut(lr_xctx *c, struct lr_table *tb, int a, int b,
    const int *starts)
{
	struct row r = { .tb = tb, .owner = -1, .stt = -1, .spouse = -1,
	    .use = "" };
	int i = a;

	r.piped = starts != NULL;
	r.parcel = lr_x_parcel(c, -1);
	lr_x_prefix(r.pre, sizeof(r.pre), "parcels", r.parcel);
	for (int k = 0; k < tb->ncol; k++) {
		int e = r.piped ? starts[k + 1] - 1 : b;
		r.ha = tb->ha[k], r.use = tb->use[k];
		i = cell(c, &r, tb->cols[k], r.piped ? starts[k] : i, e);
		if (r.piped && skip_marks(c, &r, i, e) < e)
			damage(&r, "more in a cell than its value");
	}
	if (!r.piped && skip_marks(c, &r, i, b) < b)
		damage(&r, "values left over in the row");
	row_end(c, &r);
}
