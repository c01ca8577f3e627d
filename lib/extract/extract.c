/* Field extraction: the extractor, which drives the stages over the token
 * stream: the decision header here, then the body, tables and checks. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "extract.h"
#include "pagekind-int.h"
#include "cert-int.h"
#include "certdata-int.h"
#include "text/text.h"

struct lr_extractor {
	lr_xdata *s;
	const lr_units *units;
	const lr_names *names;
	char province[3];	/* "" when none was given */
	lr_pagerules *pages;	/* page kinds (pagekind.c) */
	lr_certdata *cert;	/* certificates (certdata.c) */
};

lr_extractor *
lr_extractor_new(const char *schemas_dir, const lr_units *units, lr_err *err)
{
	lr_extractor *x = calloc(1, sizeof(*x));

	if (x == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if ((x->s = lr_xdata_load(schemas_dir, err)) == NULL ||
	    (x->pages = lr_pagerules_load(schemas_dir, err)) == NULL ||
	    (x->cert = lr_certdata_load(schemas_dir, err)) == NULL) {
		lr_extractor_free(x);
		return NULL;
	}
	x->units = units;
	return x;
}

void
lr_extractor_set_names(lr_extractor *x, const lr_names *names)
{
	x->names = names;
}

void
lr_extractor_set_units(lr_extractor *x, const lr_units *units)
{
	x->units = units;
}

int
lr_extractor_set_province(lr_extractor *x, const char *code, lr_err *err)
{
	if (code == NULL) {
		x->province[0] = '\0';
		return 0;
	}
	if (strlen(code) != 2 || !isdigit((unsigned char)code[0]) ||
	    !isdigit((unsigned char)code[1])) {
		lr_err_set(err, "a province code is two digits");
		return -1;
	}
	memcpy(x->province, code, 3);
	return 0;
}

double
lr_extractor_review_below(const lr_extractor *x)
{
	return x->s->set[SET_REVIEW_BELOW];
}

void
lr_extractor_free(lr_extractor *x)
{
	if (x == NULL)
		return;
	lr_xdata_free(x->s);
	lr_pagerules_free(x->pages);
	lr_certdata_free(x->cert);
	free(x);
}

const struct lr_xdata *
lr_x_xdata(const lr_extractor *x)
{
	return x->s;
}

void
lr_extract_page_kind(const lr_extractor *x, const lr_page_words *p,
    const lr_page_class *prev, lr_page_class *out)
{
	lr_pagerules_kind(x->pages, p, prev, out);
}

const struct lr_certdata *
lr_x_certdata(const lr_extractor *x)
{
	return x->cert;
}

const lr_units *
lr_x_units(const lr_extractor *x)
{
	return x->units;
}

/* The first hit of label lab at or after hit k, before token end; -1. */
static int
hit_of(const lr_xctx *c, int lab, int k, int end)
{
	for (; k < c->h.n && c->h.v[k].a < end; k++)
		if (c->h.v[k].lab == lab)
			return k;
	return -1;
}

/* Does token a start its line, but for marks before it ("- Căn cứ")? */
static int
starts_line(const lr_toks *t, int a)
{
	while (a > 0 && !(t->v[a].flags & TOK_BOL) &&
	    (t->v[a - 1].flags & TOK_PUNCT))
		a--;
	return (t->v[a].flags & TOK_BOL) != 0;
}

/* The token where the header ends: the first "Căn cứ" or "Điều" that
 * starts a line (not "Như Điều 3" of the recipients, which OCR may read
 * before the header). */
static int
header_end(const lr_xctx *c)
{
	for (int k = 0; k < c->h.n; k++)
		if ((c->h.v[k].lab == LAB_BASIS ||
		    c->h.v[k].lab == LAB_ARTICLE) && starts_line(c->t, c->h.v[k].a))
			return c->h.v[k].a;
	return c->t->n;
}

/* The tokens [*a, *b) of the first block of kind k before token end;
 * 0 when there is none. */
static int
block_of(const lr_xctx *c, lr_block_kind k, int end, int *a, int *b)
{
	for (*a = 0; *a < end && c->t->v[*a].kind != k; ++*a)
		;
	for (*b = *a; *b < end && c->t->v[*b].kind == k; ++*b)
		;
	return *b > *a;
}

/* The first hit at or after token a, or c->h.n. */
static int
hit_from(const lr_xctx *c, int a)
{
	int k = 0;

	while (k < c->h.n && c->h.v[k].a < a)
		k++;
	return k;
}

/* "Số: 245/QĐ-UBND" in tokens [a, end): after the label, else any
 * decision number.  1 when found. */
static int
number_in(lr_xctx *c, int a, int end)
{
	char num[64];
	lr_span sp;
	int n;

	for (int pass = 0; pass < 2; pass++)
		for (int i = a; i < end; i++) {
			n = pass == 0 ? lr_label_at(c->s, c->t, i, end,
			    LAB_DEC_NUMBER, NULL) : i;
			if (n >= 0 && lr_parse_decnum(c->s, c->t, n, end, num,
			    sizeof(num), &sp) == 0) {
				lr_x_put(c, c->decision, "decision", "number",
				    json_string(num), &sp, 0);
				return 1;
			}
		}
	return 0;
}

/* The token after "năm" at token i, alone or closing the dots of a
 * blank left for the day and month ("tháng........năm"); else -1. */
static int
year_label(const lr_xctx *c, int i, int end)
{
	const char *f = c->t->v[i].fold, *d = strrchr(f, '.');
	int n = lr_label_at(c->s, c->t, i, end, LAB_YEAR, NULL);

	if (n < 0 && d != NULL && d[1] != '\0' && i + 1 < end) {
		char *label = lr_label_text(c->s, LAB_YEAR), *lf;
		if (label != NULL && (lf = lr_ascii(label)) != NULL) {
			n = strcasecmp(d + 1, lf) == 0 ? i + 1 : -1;
			free(lf);
		}
		free(label);
	}
	return n;
}

/* Does token i open a date whose day label OCR lost ("Hội An, ngòy 03
 * tháng 11 năm 2025"): a day figure after no figure on its line, then
 * "tháng" and "năm" with their figures?  The date read goes to review. */
static int
day_unlabelled(const lr_xctx *c, int i, int end, int ymd[3], lr_span *sp)
{
	const lr_tok *k = &c->t->v[i];

	if (i == 0 || (k->flags & (TOK_DIGIT | TOK_BOL)) != TOK_DIGIT ||
	    (c->t->v[i - 1].flags & TOK_DIGIT) ||
	    lr_parse_date(c->s, c->t, i, end, ymd, sp) != 0)
		return 0;
	sp->a = i - 1;
	sp->q *= c->s->set[SET_FUZZY_LABEL] * c->s->set[SET_REPAIR];
	sp->why = "the day's label could not be read";
	return 1;
}

/* A decision's date in year y, past the last year a decision can bear
 * (year_max: "năm 2095", a 2 read for a 0), goes to review in sp. */
static void
late_year(const lr_xctx *c, int y, lr_span *sp)
{
	if (y <= c->s->set[SET_YEAR_MAX])
		return;
	sp->q *= c->s->set[SET_CHECK_FAILED];
	sp->why = "a year later than any decision's";
}

/* Does the date at token i, in tokens from a, belong to a citation: a
 * citation's words or the legal basis's label ("Căn cứ Luật Đất đai ngày
 * ...", "Nghị định số 43/2014/NĐ-CP ngày ...") before it in its clause
 * (since the last ';')?  Such a date is the cited text's, never the
 * decision's, even where OCR lost the "Căn cứ" that ends the header. */
static int
cited_date(const lr_xctx *c, int a, int i)
{
	for (int j = i - 1; j >= a && !lr_tok_is(c->t, j, ';'); j--)
		if (lr_label_at(c->s, c->t, j, i, LAB_CITATION, NULL) > 0 ||
		    lr_label_at(c->s, c->t, j, i, LAB_BASIS, NULL) > 0)
			return 1;
	return 0;
}

/* Does token k hold a dot beside a figure, or dots alone ("1.6", "28..",
 * "......"): what OCR leaves of a dotted blank written over by hand? */
static int
dotted(const lr_tok *k)
{
	int dots = 0, digits = 0, other = 0;

	for (const char *p = k->text; *p != '\0'; p++)
		dots += *p == '.', digits += isdigit((unsigned char)*p) != 0,
		    other += *p != '.' && !isdigit((unsigned char)*p);
	return dots > 0 && (digits > 0 || other == 0);
}

/* A date read in sp whose day or month stands on a typed line's dotted
 * blank (a token before its year dotted()): the figures were written by
 * hand over the dots ("ngày 1.6 tháng 01": 16 read as 1), so the date is
 * reviewed. */
static void
dotted_blank(const lr_xctx *c, lr_span *sp)
{
	for (int j = sp->a; j < sp->b - 1; j++)
		if (dotted(&c->t->v[j])) {
			sp->q *= c->s->set[SET_CHECK_FAILED];
			sp->why = "its day or month written over a dotted blank";
			return;
		}
}

/* The decision's date ymd, read in sp, with its doubts. */
static void
put_date(lr_xctx *c, const int ymd[3], lr_span *sp)
{
	char iso[40];

	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
	late_year(c, ymd[0], sp);
	lr_x_unsure_figures(c, sp, "date read by OCR with less than full "
	    "confidence");
	dotted_blank(c, sp);
	lr_x_put(c, c->decision, "decision", "date", json_string(iso), sp, 0);
}

/* The first date of tokens [a, end) that no citation holds: "Điện Biên,
 * ngày 12 tháng 8 năm 2019", else one whose day label is unread.  1 when
 * found; else the year of "năm 2026" in c->year. */
static int
date_in(lr_xctx *c, int a, int end)
{
	int ymd[3];
	lr_span sp;

	for (int pass = 0; pass < 2; pass++) {
		for (int i = a; i < end; i++) {
			if ((pass == 0 ? lr_label_at(c->s, c->t, i, end,
			    LAB_DAY, NULL) < 0 || lr_parse_date(c->s, c->t, i,
			    end, ymd, &sp) != 0 : !day_unlabelled(c, i, end,
			    ymd, &sp)) || cited_date(c, a, i))
				continue;
			put_date(c, ymd, &sp);
			return 1;
		}
	}
	for (int i = a, n; i < end && c->year == 0; i++)
		if ((n = year_label(c, i, end)) > 0 && !cited_date(c, a, i) &&
		    lr_parse_year(c->s, c->t, n, end, &c->year, &sp) != 0)
			c->year = 0;
	return 0;
}

/* The x extent [*x0, *x1) of the words of token i's page. */
static void
page_extent(const lr_toks *t, int i, int *x0, int *x1)
{
	*x0 = 1 << 30, *x1 = 0;
	for (int j = 0; j < t->n; j++)
		if (t->v[j].page == t->v[i].page) {
			*x0 = t->v[j].x < *x0 ? t->v[j].x : *x0;
			*x1 = t->v[j].x + t->v[j].w > *x1 ?
			    t->v[j].x + t->v[j].w : *x1;
		}
}

/* Does the line of token i, a day label, open as a place-and-date line:
 * nothing before the label on its line, or a place (words with no figure)
 * closed by a comma ("Sông Công, ngày ...")?  Its first token in *a. */
static int
place_before(const lr_toks *t, int i, int *a)
{
	for (*a = i; *a > 0 && !(t->v[*a].flags & TOK_BOL); --*a)
		;
	if (*a == i)
		return 1;
	if (!lr_tok_is(t, i - 1, ',') || !(t->v[*a].flags & TOK_UPPER))
		return 0;
	for (int j = *a; j < i - 1; j++)
		if (!(t->v[j].flags & TOK_ALPHA) || (t->v[j].flags & TOK_DIGIT))
			return 0;
	return 1;
}

/* The place-and-date line wherever it stands on the page, as over the
 * signature at the foot ("Sông Công, ngày 23 tháng 8 năm 2012" above "TM.
 * ỦY BAN NHÂN DÂN"): from token a on, a line of its own (place_before())
 * whose date closes it and that stands in the signature's column, its
 * middle in the right half of its page's text.  1 when read. */
static int
date_apart(lr_xctx *c, int a)
{
	const lr_toks *t = c->t;
	int ymd[3], first, e, x0, x1;
	lr_span sp;

	for (int i = a; i < t->n; i++) {
		if (lr_label_at(c->s, t, i, t->n, LAB_DAY, NULL) < 0 ||
		    !place_before(t, i, &first))
			continue;
		for (e = i + 1; e < t->n && !(t->v[e].flags & TOK_BOL); e++)
			;
		while (e > i && (t->v[e - 1].flags & TOK_PUNCT))
			e--;
		page_extent(t, i, &x0, &x1);
		if (2 * t->v[first].x + (t->v[e - 1].x + t->v[e - 1].w -
		    t->v[first].x) < x0 + x1 ||
		    lr_parse_date(c->s, t, i, e, ymd, &sp) != 0 || sp.b != e)
			continue;
		sp.a = first;
		put_date(c, ymd, &sp);
		return 1;
	}
	return 0;
}

/* Read a header field with in(): in the block of kind k, else anywhere in
 * the header (tokens before end).  1 when found. */
static int
header_field(lr_xctx *c, lr_block_kind k, int end, int (*in)(lr_xctx *, int,
    int))
{
	int a, b;

	return (block_of(c, k, end, &a, &b) && in(c, a, b)) || in(c, 0, end);
}

/* The decision's field key that label lab opens in the header (tokens
 * before end) and that could not be read, when its line holds a figure
 * written by hand ("Số: ?/QĐ-UBND", "ngày ? tháng ? năm 2024"): it is
 * null, marked handwritten and reviewed with the box of the label and the
 * rest of its line, the clerk's crop.  Nothing is made up from the pen. */
static void
hand_unread(lr_xctx *c, int lab, int end, const char *key)
{
	for (int i = 0; i < end; i++) {
		int n = lr_label_at(c->s, c->t, i, end, lab, NULL), b = n;
		while (n >= 0 && b < end && c->t->v[b].line == c->t->v[i].line)
			b++;
		if (n < 0 || !lr_x_by_hand(c->t, n, b))
			continue;
		lr_x_put(c, c->decision, "decision", key, json_null(),
		    &(lr_span){ i, b, 0, NULL }, 0);
		return;
	}
}

/* The month typed after "tháng" in tokens [a, b) ("ngày ð... tháng 8
 * năm 2025"), or 0. */
static int
typed_month(const lr_xctx *c, int a, int b)
{
	char num[8];
	lr_span sp;
	int n, m;

	for (int i = a; i < b; i++)
		if ((n = lr_label_at(c->s, c->t, i, b, LAB_MONTH, NULL)) >= 0 &&
		    lr_parse_int(c->s, c->t, n, b, num, sizeof(num), &sp) == 0 &&
		    sp.q >= 1 && (m = atoi(num)) >= 1 && m <= 12)
			return m;
	return 0;
}

/* A header date whose year alone could be read, or its month and year
 * ("ngày Z“ tháng 1 năm 2025", a day and month filled in by hand;
 * "ngày ð... tháng 8 năm 2025", the day alone): a record's date is whole
 * or null, so it stays null, reviewed with what was read and the box of
 * its line (tokens before end), the clerk's crop. */
static void
year_only(lr_xctx *c, int end)
{
	char why[80];
	int m;

	if (c->year == 0 || json_object_get(c->fields, "decision.date") != NULL)
		return;
	for (int i = 0; i < end; i++) {
		int n = lr_label_at(c->s, c->t, i, end, LAB_DAY, NULL), b = n;
		while (n >= 0 && b < end && c->t->v[b].line == c->t->v[i].line)
			b++;
		if (n < 0)
			continue;
		if ((m = typed_month(c, n, b)) > 0)
			snprintf(why, sizeof(why), "only its month and year read "
			    "(%d/%d): the day could not be", m, c->year);
		else
			snprintf(why, sizeof(why), "only its year read (%d): "
			    "the day and month could not be", c->year);
		lr_x_put(c, c->decision, "decision", "date", json_null(),
		    &(lr_span){ i, b, 0, why }, 0);
		return;
	}
}

/* "Ủy ban nhân dân" + unit type in lower case + the unit's name, from
 * tokens [a, b) with the specks around and among them left out (counted
 * in *specks, those among them); the type is one an issuer's name has, or
 * a commune's ("đặc khu"). */
static char *
issuer_text(lr_xctx *c, int a, int b, int *specks)
{
	char *label = lr_label_text(c->s, LAB_ISSUER), *type, *name, *out;
	int n, none = 0;

	while (a < b && !lr_tab_content(&c->t->v[a]))
		a++;
	while (b > a && !lr_tab_content(&c->t->v[b - 1]))
		b--;
	if ((n = lr_label_at(c->s, c->t, a, b, LAB_UNIT_TYPE, NULL)) < 0)
		n = lr_label_at(c->s, c->t, a, b, LAB_UNIT_COMMUNE, NULL);
	if (n < 0)
		n = a;
	*specks = 0;
	char *rt = lr_tok_join_unspecked(c->t, a, n, &none);
	char *rn = lr_tok_join_unspecked(c->t, n, b, specks);
	type = rt ? lr_lower(rt) : strdup("");
	name = rn ? lr_title(rn) : strdup("");
	if (asprintf(&out, "%s %s%s%s", label ? label : "", type,
	    *type && *name ? " " : "", name) < 0)
		out = NULL;
	free(label), free(type), free(name), free(rt), free(rn);
	return out;
}

/* Is the unit of the issuer's tokens [a, b) a commune ("XÃ NGỌC LÂM",
 * "PHƯỜNG TÂN GIANG"), specks before it passed over? */
static int
commune_level(const lr_xctx *c, int a, int b)
{
	while (a < b && !lr_tab_content(&c->t->v[a]))
		a++;
	return lr_label_at(c->s, c->t, a, b, LAB_UNIT_COMMUNE, NULL) > a;
}

/* Does token j stand a column's gap right of the last word before it on
 * its line (specks in the gap passed over): wider than the taller word is
 * high, where words are a third of that apart?  The two header blocks
 * side by side that OCR read as one line ("ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM"). */
static int
column_gap(const lr_toks *t, int j)
{
	int i = j - 1, h;

	if (j <= 0 || (t->v[j].flags & TOK_BOL) || !lr_tab_content(&t->v[j]))
		return 0;
	while (i > 0 && !lr_tab_content(&t->v[i]) && !(t->v[i].flags & TOK_BOL))
		i--;
	if (!lr_tab_content(&t->v[i]) || t->v[i].line != t->v[j].line)
		return 0;
	h = t->v[i].h > t->v[j].h ? t->v[i].h : t->v[j].h;
	return t->v[j].x - (t->v[i].x + t->v[i].w) > h;
}

/* Does the national motto or the state's name ("CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM") start at a token in [a, b], from hit k on? */
static int
motto_at(const lr_xctx *c, int k, int a, int b)
{
	int m = hit_of(c, LAB_MOTTO, k, b + 1), s = hit_of(c, LAB_STATE, k,
	    b + 1);

	return (m >= 0 && c->h.v[m].a >= a) || (s >= 0 && c->h.v[s].a >= a);
}

/* The first token of the line after token a's, or end. */
static int
next_line(const lr_toks *t, int a, int end)
{
	while (++a < end && !(t->v[a].flags & TOK_BOL))
		;
	return a;
}

/* Does a heading of the decision (its number "Số:", its title "QUYẾT
 * ĐỊNH", "Về việc") start at token i?  No committee is named so. */
static int
heading_at(const lr_xctx *c, int i)
{
	for (int k = hit_from(c, i); k < c->h.n && c->h.v[k].a == i; k++)
		if (c->h.v[k].lab == LAB_DECIDE || c->h.v[k].lab == LAB_TITLE ||
		    c->h.v[k].lab == LAB_DEC_NUMBER)
			return 1;
	return 0;
}

/* The committee named after issuer hit k, in tokens [*a, *b) before end:
 * the line under "ỦY BAN NHÂN DÂN" (or the rest of its line); on a line
 * that runs across both header blocks, only the words left of the gap
 * between them.  0 when it names nothing (a heading of the decision
 * under "ỦY BAN NHÂN DÂN" names no committee). */
static int
issuer_name(const lr_xctx *c, int k, int end, int *a, int *b)
{
	int i = c->h.v[k].b, j;

	/* ỦY BAN NHÂN DÂN CỘNG HÒA ..., or the state's name read as the
	 * line under it: the unit is named after */
	for (int n = k + 1; i < end && n < c->h.n && c->h.v[n].a == i &&
	    (!(c->t->v[i].flags & TOK_BOL) || c->h.v[n].lab == LAB_STATE ||
	    c->h.v[n].lab == LAB_MOTTO); n++)
		i = c->h.v[n].b;
	for (j = i; j < end && !(c->t->v[j].flags & TOK_BOL) &&
	    !lr_tab_content(&c->t->v[j]); j++)
		;		/* specks */
	if (j < end && (c->t->v[j].flags & TOK_BOL))
		i = j;		/* "ỦY BAN NHÂN DÂN." and a speck: name under */
	else if (j < end && column_gap(c->t, j))
		i = next_line(c->t, j, end);	/* the motto's column */
	for (j = i; j < end && (j == i || !(c->t->v[j].flags & TOK_BOL)) &&
	    (j == i || !column_gap(c->t, j)); j++)
		if (motto_at(c, k, i, j))
			break;
	*a = i, *b = j;
	return j > i && !heading_at(c, i);
}

/* The issuer hit after hit k that starts the line after the name it
 * gives, which ends before token b ("UBND TỈNH QUẢNG NINH" over "ỦY BAN
 * NHÂN DÂN" / "HUYỆN VÂN ĐỒN": the superior body printed above the one
 * that acts); -1. */
static int
lower_issuer(const lr_xctx *c, int k, int b, int end)
{
	int next = b < end && (c->t->v[b].flags & TOK_BOL) ? b :
	    next_line(c->t, b, end);
	int k2 = hit_of(c, LAB_ISSUER, k + 1, end);

	return k2 >= 0 && c->h.v[k2].a == next ? k2 : -1;
}

/* The first issuer hit in tokens [from, end) that names a committee
 * (issuer_name, in [*a, *b)); -1 when none. */
static int
named_issuer(const lr_xctx *c, int from, int end, int *a, int *b)
{
	int k;

	for (k = hit_of(c, LAB_ISSUER, hit_from(c, from), end); k >= 0 &&
	    !issuer_name(c, k, end, a, b);
	    k = hit_of(c, LAB_ISSUER, k + 1, end))
		;
	return k;
}

/* The committee's name [*a, *b) before end, when it starts with no unit's
 * type ("CÔN", what a stamp left of the state's name beside it; the motto
 * read under "ỦY BAN NHÂN DÂN"): the first of the next three lines, up to
 * a heading, that starts with one ("THỊ XÃ QUẢNG YÊN", "ĐẶC KHU THỔ
 * CHÂU"), up to the gap between the header's columns. */
static void
typed_name(const lr_xctx *c, int end, int *a, int *b)
{
	int i = *b < end && (c->t->v[*b].flags & TOK_BOL) ? *b :
	    next_line(c->t, *b, end), j;

	if (lr_label_at(c->s, c->t, *a, end, LAB_UNIT_TYPE, NULL) > 0)
		return;
	for (int n = 0; n < 3 && i < end && !heading_at(c, i); n++,
	    i = next_line(c->t, i, end)) {
		if (lr_label_at(c->s, c->t, i, end, LAB_UNIT_TYPE, NULL) < 0)
			continue;
		for (j = i + 1; j < end && !(c->t->v[j].flags & TOK_BOL) &&
		    !column_gap(c->t, j); j++)
			;
		*a = i, *b = j;
		return;
	}
}

/* The issuing committee: named under "ỦY BAN NHÂN DÂN" in the left header
 * block, else in the header up to the national motto when the columns
 * interleave; of two committees named one under the other, the lower.
 * When the first "ỦY BAN NHÂN DÂN" names none (its unit's line lost, the
 * title read under it), the next in the header that names one: the
 * committee that decides, printed over "Căn cứ". */
static void
header_issuer(lr_xctx *c, int end)
{
	int from = 0, k, k2, a, b, specks;
	lr_span sp;
	char *s;

	int hend = end;

	if (block_of(c, LR_BLOCK_HEADER_LEFT, end, &a, &b) &&
	    hit_of(c, LAB_ISSUER, hit_from(c, a), b) >= 0)
		from = a, end = b;
	/* the left block names none (its unit's line put in another block
	 * by a stamp across it): the whole header */
	if ((k = named_issuer(c, from, end, &a, &b)) < 0 && end != hend)
		k = named_issuer(c, from, end = hend, &a, &b);
	if (k < 0)
		return;
	while ((k2 = lower_issuer(c, k, b, end)) >= 0 &&
	    issuer_name(c, k2, end, &a, &b))
		k = k2;
	if (!issuer_name(c, k, end, &a, &b))
		return;
	typed_name(c, end, &a, &b);
	if ((s = issuer_text(c, a, b, &specks)) == NULL)
		return;
	c->commune_issuer = commune_level(c, a, b);
	sp = (lr_span){ c->h.v[k].a, b, specks ? c->s->set[SET_REPAIR] : 1,
	    specks ? "specks among the words of the issuer's name passed "
	    "over" : NULL };
	lr_x_put(c, c->decision, "decision", "issuer", json_string(s), &sp, 1);
	c->issuer_sp = sp;
	free(s);
}

/* When neither the number nor the date was read, say once why: no header
 * at the top of the first page (no header block, committee or motto), or
 * one that could not be read. */
static void
header_review(lr_xctx *c, int end)
{
	int a, b;

	if (json_is_string(json_object_get(c->decision, "number")) ||
	    json_is_string(json_object_get(c->decision, "date")))
		return;
	if (block_of(c, LR_BLOCK_HEADER_LEFT, end, &a, &b) ||
	    block_of(c, LR_BLOCK_HEADER_RIGHT, end, &a, &b) ||
	    hit_of(c, LAB_ISSUER, 0, end) >= 0 || hit_of(c, LAB_STATE, 0,
	    end) >= 0 || hit_of(c, LAB_MOTTO, 0, end) >= 0)
		lr_x_review_block(c, "header: its number and date could not "
		    "be read");
	else
		lr_x_review_block(c, "header: none found at the top of the "
		    "first page (issuer, number, date)");
}

/* Is phrase p of kinds.tsv of the kind named name? */
static int
kind_is(const lr_xctx *c, int p, const char *name)
{
	return strcmp(c->s->kind_names[c->s->kinds.v[p].key], name) == 0;
}

/* The first token in [a, b) that opens a citation of another act
 * ("Quyết định số 12/QĐ-UBND ... về việc thu hồi đất"), or b: a kind
 * named after it is the cited act's, not this decision's. */
static int
citation_from(const lr_xctx *c, int a, int b)
{
	for (int i = a; i < b; i++)
		if (lr_label_at(c->s, c->t, i, b, LAB_CITATION, NULL) > 0)
			return i;
	return b;
}

/* kind_in()'s answer for an amendment whose subject line names no kind
 * ("Về việc sửa đổi, bổ sung Quyết định số 311/QĐ-UBND"): Điều 1 may. */
#define KIND_AMENDS (-2)

/* The kind from the phrases of kinds.tsv in tokens [a, b), starting before
 * the first citation of another act unless cited: the first that starts
 * by token lead (-1: no lead; *led set when one does), else the first
 * anywhere but "other", whose phrases only count at the start; -1 when
 * none.  A phrase of "amend" (an extension, a correction, an amendment:
 * "gia hạn thời hạn cho thuê đất") gives the kind named after it, the
 * cited act's too; with none, KIND_AMENDS at the lead, else -1. */
static int
kind_in(const lr_xctx *c, int a, int b, int lead, int cited, int *led)
{
	int at, k, last = (cited ? b : citation_from(c, a, b)) - 1;
	int p = lead < 0 ? -1 : lr_phrase_find_by(&c->s->kinds, c->t, a, b,
	    lead < last ? lead : last, &at);

	if (led != NULL)
		*led = p >= 0;
	if (p < 0 && (p = lr_phrase_find_by(&c->s->kinds, c->t, a, b, last,
	    &at)) >= 0 && kind_is(c, p, "other"))
		p = -1;
	if (p >= 0 && kind_is(c, p, "amend")) {
		k = kind_in(c, at + c->s->kinds.v[p].nwords, b, -1, 1, NULL);
		return k >= 0 || lead < 0 ? k : KIND_AMENDS;
	}
	return p < 0 ? -1 : c->s->kinds.v[p].key;
}

/* The index of the kind named "other" in kinds.tsv, or -1. */
static int
other_index(const lr_xctx *c)
{
	for (int k = 0; k < c->s->nkinds; k++)
		if (strcmp(c->s->kind_names[k], "other") == 0)
			return k;
	return -1;
}

/* The first token of a section label (Căn cứ, Điều, QUYẾT ĐỊNH, the
 * committee, the signature) from hit k on; QUYẾT ĐỊNH only at a line's
 * start: within a line it names the decision a subject amends ("Về việc
 * đính chính Quyết định số ..."). */
static int
section_after(const lr_xctx *c, int k)
{
	static const int labs[] = { LAB_BASIS, LAB_ARTICLE, LAB_DECIDE,
	    LAB_ISSUER, LAB_SIGN, LAB_STATE, LAB_MOTTO };

	for (; k < c->h.n; k++)
		for (size_t i = 0; i < sizeof(labs) / sizeof(*labs); i++)
			if (c->h.v[k].lab == labs[i] && (labs[i] !=
			    LAB_DECIDE || (c->t->v[c->h.v[k].a].flags &
			    TOK_BOL)))
				return c->h.v[k].a;
	return c->t->n;
}

/* The kind named by the line under the heading "QUYẾT ĐỊNH" at a line's
 * start, up to the next section, when no "Về việc" was read ("và việc
 * công nhận ...": its first word damaged); -1 when none. */
static int
unlabelled_subject(const lr_xctx *c)
{
	int k = hit_of(c, LAB_DECIDE, 0, c->t->n), a;

	while (k >= 0 && !(c->t->v[c->h.v[k].a].flags & TOK_BOL))
		k = hit_of(c, LAB_DECIDE, k + 1, c->t->n);
	if (k < 0 || (a = next_line(c->t, c->h.v[k].a, c->t->n)) >= c->t->n)
		return -1;
	return kind_in(c, a, section_after(c, k + 1), -1, 0, NULL);
}

/* The first token of the text of the article whose label is hit k, past
 * its number ("1."). */
static int
article_text(const lr_xctx *c, int k)
{
	int a = c->h.v[k].b;

	while (a < c->t->n && (c->t->v[a].flags & (TOK_DIGIT | TOK_PUNCT)))
		a++;
	return a;
}

/* The kind the verb that opens Điều 1 names ("Điều 1. Giao đất ở ..."):
 * a phrase of kinds.tsv within kind_lead words after its number; -1. */
static int
article_verb(const lr_xctx *c)
{
	int k = hit_of(c, LAB_ARTICLE, 0, c->t->n), a, b, led, kind;

	if (k < 0)
		return -1;
	a = article_text(c, k);
	b = a + 40 < c->t->n ? a + 40 : c->t->n;
	kind = kind_in(c, a, b, a + (int)c->s->set[SET_KIND_LEAD], 0,
	    &led);
	return led && kind >= 0 ? kind : -1;
}

/* Does token j open a clause of the text from token a: its first word,
 * or the first after a colon or an opening quote, past the number of an
 * article quoted ("như sau: “Điều 1. Thu hồi ...")? */
static int
clause_start(const lr_xctx *c, int a, int j)
{
	const lr_toks *t = c->t;
	int i = j - 1;

	if (i - 2 >= a && lr_tok_is(t, i, '.') &&
	    (t->v[i - 1].flags & TOK_DIGIT) &&
	    lr_label_at(c->s, t, i - 2, j, LAB_ARTICLE, NULL) == i - 1)
		i -= 3;
	return j == a || (i >= a && (lr_tok_is(t, i, ':') ||
	    strcmp(t->v[i].text, "\u201c") == 0 ||
	    strcmp(t->v[i].text, "\"") == 0));
}

/* The kind of the act an amendment whose subject line names none amends:
 * the kind a verb names where it opens a clause of the first words of
 * Điều 1 (clause_start(): "Sửa đổi Điều 1 Quyết định số ... như sau:
 * Thu hồi ..."), never a kind's words within one ("đính chính họ và tên
 * người được giao đất" is no allocation); "other" when none does. */
static int
amended_kind(const lr_xctx *c, lr_span *sp)
{
	int k = hit_of(c, LAB_ARTICLE, 0, c->t->n), a, b, p, next;

	if (k < 0)
		return other_index(c);
	a = article_text(c, k);
	b = a + 40 < c->t->n ? a + 40 : c->t->n;
	for (int j = a; j < b; j++)
		if (clause_start(c, a, j) && (p = lr_phrase_at(&c->s->kinds,
		    c->t, j, b, &next, NULL)) >= 0 && !kind_is(c, p, "other") &&
		    !kind_is(c, p, "amend")) {
			sp->q = 0.9;
			sp->why = "kind not named in the subject line";
			return c->s->kinds.v[p].key;
		}
	return other_index(c);
}

/* "Về việc ..." and the kind it names (else the kind Điều 1 names,
 * doubted unless a subject line without its "Về việc" names it too). */
static void
header_title(lr_xctx *c)
{
	int k = hit_of(c, LAB_TITLE, 0, c->t->n), kind = -1, end, led = 0, v;
	lr_span sp = { 0, 0, 1, NULL };
	char *text;

	if (k >= 0) {
		end = section_after(c, k + 1);
		if (lr_parse_text(c->t, c->h.v[k].b, end, 0, &text, &sp) == 0) {
			free(text);
			sp.a = c->h.v[k].a;
			text = lr_tok_join(c->t, sp.a, sp.b);
			lr_x_put(c, c->decision, "decision", "title",
			    json_string(text), &sp, 1);
			free(text);
			kind = kind_in(c, sp.a, sp.b, c->h.v[k].b +
			    (int)c->s->set[SET_KIND_LEAD], 0, &led);
			if (kind == KIND_AMENDS)
				kind = amended_kind(c, &sp);
		}
	}
	/* a kind named late in the subject line ("giao đết ... cho các hộ
	 * bị thu hồi đất": its verb misread) against the verb of Điều 1 */
	if (kind >= 0 && !led && (v = article_verb(c)) >= 0 && v != kind) {
		kind = v, sp.q = 0.9;
		sp.why = "kind named by the verb of Điều 1, not by the subject "
		    "line's";
	}
	if (kind < 0 && (k = hit_of(c, LAB_ARTICLE, 0, c->t->n)) >= 0) {
		int said = unlabelled_subject(c);
		sp.a = c->h.v[k].b;
		sp.b = sp.a + 40 < c->t->n ? sp.a + 40 : c->t->n;
		kind = kind_in(c, sp.a, sp.b, -1, 0, NULL);
		sp.q = kind >= 0 ? 0.9 : 0.5;
		sp.why = "kind not named in the subject line";
		if (said >= 0 && said == kind)	/* both say it */
			sp.q = 1, sp.why = NULL;
		else if (said >= 0 && kind < 0)
			kind = said, sp.q = 0.9, sp.why = "kind read off a "
			    "subject line whose \"Về việc\" was not read";
	} else if (kind < 0 && json_string_value(json_object_get(c->decision,
	    "title")) == NULL) {
		sp.q = 0.5;
		sp.why = "no subject line read";
	}
	c->kind_known = kind >= 0;
	lr_x_put(c, c->decision, "decision", "kind", json_string(kind < 0 ?
	    "other" : c->s->kind_names[kind]), &sp, 0);
}

/* The share of worded tokens with Vietnamese marks: OCR that lost the
 * tone marks makes every text field doubtful. */
static void
tone_check(lr_xctx *c)
{
	int words = 0, marked = 0, d = 0, dstroke = 0;

	for (int i = 0; i < c->t->n; i++) {
		const lr_tok *k = &c->t->v[i];
		if (!(k->flags & TOK_ALPHA) || strlen(k->key) < 2)
			continue;
		words++;
		marked += (k->flags & TOK_MARKED) != 0;
		if (k->key[0] == 'd') {
			d++;
			dstroke += k->text[0] != 'd' && k->text[0] != 'D';
		}
	}
	c->text_q = 1;
	if (words >= 20 && marked < words * c->s->set[SET_TONE_SHARE_MIN]) {
		c->text_q = c->s->set[SET_TONES_LOST];
		c->text_why = "tone marks lost in OCR";
	} else if (d >= 10 && dstroke * 10 < d) {
		c->text_q = c->s->set[SET_TONES_LOST];
		c->text_why = "đ read as d in OCR";
	}
}

/* The boxes of the fields in the coordinates of the scans their pages
 * were read from (w knows how each page was made from its scan). */
static void
scan_boxes(lr_xctx *c, const lr_doc_words *w)
{
	const char *path;
	json_t *f, *box;
	int in[4], out[4], n;

	json_object_foreach(c->fields, path, f) {
		n = (int)json_integer_value(json_object_get(f, "page"));
		box = json_object_get(f, "bbox");
		for (int i = 0; json_array_size(box) == 4 && i < w->npages; i++) {
			if (w->pages[i].n != n)
				continue;
			for (int k = 0; k < 4; k++)
				in[k] = (int)json_integer_value(json_array_get(box,
				    (size_t)k));
			lr_words_box_to_scan(&w->pages[i], in, out);
			json_object_set_new(f, "bbox", json_pack("[i,i,i,i]",
			    out[0], out[1], out[2], out[3]));
			break;
		}
	}
}

/* Does the subject line name a decision of no land kind ("Về việc thành
 * lập Hội đồng ...", but also "gia hạn", "điều chỉnh")? */
static int
not_land(const lr_xctx *c)
{
	const char *kind = json_string_value(json_object_get(c->decision,
	    "kind"));

	return c->kind_known && kind != NULL && strcmp(kind, "other") == 0;
}

/* Was a parcel read with its number or its sheet? */
static int
names_parcel(const lr_xctx *c)
{
	size_t i;
	json_t *p;

	json_array_foreach(c->parcels, i, p)
		if (!json_is_null(json_object_get(p, "number")) ||
		    !json_is_null(json_object_get(p, "sheet")))
			return 1;
	return 0;
}

/* Is path part of the owners, the parcels or the house? */
static int
land_path(const char *path)
{
	static const char *const part[] = { "owners", "parcels", "house" };

	for (size_t i = 0; i < sizeof(part) / sizeof(*part); i++) {
		size_t n = strlen(part[i]);
		if (strncmp(path, part[i], n) == 0 &&
		    strchr("[.", path[n]) != NULL)
			return 1;
	}
	return 0;
}

/* Forget the owners, parcels and house read, with their fields and review
 * items. */
static void
forget_land(lr_xctx *c)
{
	const char *path;
	void *tmp;
	json_t *f;

	json_array_clear(c->owners), json_array_clear(c->parcels);
	json_decref(c->house), c->house = json_null();
	json_object_foreach_safe(c->fields, tmp, path, f)
		if (land_path(path))
			json_object_del(c->fields, path);
	for (size_t i = json_array_size(c->review); i-- > 0;)
		if (land_path(json_string_value(json_object_get(
		    json_array_get(c->review, i), "field"))))
			json_array_remove(c->review, i);
}

/* A decision of no land kind whose body names no parcel is no land record:
 * the people it names (a board's members) are not owners.  One that names
 * parcels ("gia hạn thời hạn thuê đất") keeps them, and its kind is
 * reviewed. */
static void
other_kind(lr_xctx *c)
{
	if (!not_land(c))
		return;
	if (names_parcel(c))
		lr_x_doubt(c, "decision.kind", c->s->set[SET_CHECK_FAILED],
		    "no land kind named, but parcels are listed");
	else
		forget_land(c);
}

/* The owners, parcels and house of a land decision's tables and body. */
static void
land_body(lr_xctx *c)
{
	lr_x_tables(c);
	c->table_parcels = (int)json_array_size(c->parcels);
	lr_x_body(c);
	lr_x_table_terms(c);
	lr_x_list_terms(c);
	lr_x_tables_lost(c);
}

static void
ctx_free(lr_xctx *c)
{
	json_decref(c->decision), json_decref(c->owners);
	json_decref(c->parcels), json_decref(c->house);
	json_decref(c->fields), json_decref(c->review);
	free(c->h.v);
	free(c->in_table);
	free(c->commune_why);
	lr_toks_free(c->t);
}

json_t *
lr_extract(const lr_extractor *x, const lr_doc_words *w, double review_below,
    lr_err *err)
{
	lr_xctx c = { .s = x->s, .units = x->units, .names = x->names,
	    .province = x->province[0] ? x->province : NULL, .owner = -1,
	    .head = -1, .parcel = -1 };
	json_t *out;

	c.decision = json_pack("{s:n,s:n,s:n,s:n,s:n}", "number", "date",
	    "issuer", "kind", "title");
	c.owners = json_array(), c.parcels = json_array();
	c.house = json_null(), c.fields = json_object();
	c.review = json_array();
	c.w = w;
	if ((c.t = lr_toks_of(w)) == NULL || lr_titles_split(x->s, c.t) ||
	    lr_labels_scan(x->s, c.t, &c.h) ||
	    (c.in_table = calloc((size_t)c.t->nlines + 1, 1)) == NULL) {
		lr_err_sys(err, "out of memory");
		ctx_free(&c);
		return NULL;
	}
	tone_check(&c);
	int hend = header_end(&c);
	if (!header_field(&c, LR_BLOCK_HEADER_LEFT, hend, number_in))
		hand_unread(&c, LAB_DEC_NUMBER, hend, "number");
	if (!header_field(&c, LR_BLOCK_HEADER_RIGHT, hend, date_in) &&
	    !date_apart(&c, hend)) {
		hand_unread(&c, LAB_DAY, hend, "date");
		year_only(&c, hend);
	}
	header_issuer(&c, hend);
	header_review(&c, hend);
	header_title(&c);
	land_body(&c);
	other_kind(&c);
	lr_x_checks(&c);
	lr_x_review_finish(&c, review_below);
	scan_boxes(&c, w);
	out = json_pack("{s:O,s:O,s:O,s:O,s:O,s:O}", "decision", c.decision,
	    "owners", c.owners, "parcels", c.parcels, "house", c.house,
	    "fields", c.fields, "review", c.review);
	ctx_free(&c);
	return out;
}

/* Add page text as lines of words with boxes from character positions. */
static int
add_text_page(lr_doc_words *d, int n, const char *text)
{
	lr_page_words *p = lr_words_add_page(d, n, 0, 0);
	int y = 0;

	for (const char *l = text; p != NULL && *l != '\0'; y++) {
		size_t len = strcspn(l, "\n");
		lr_line *ln = lr_words_add_line(p, 0, y * 20, (int)len * 10, 20);
		for (size_t i = 0; ln != NULL && i < len;) {
			size_t wl = strcspn(l + i, " \t\n");
			char *wd = strndup(l + i, wl < len - i ? wl : len - i);
			if (wd != NULL && wd[0] != '\0' && lr_words_add_word(ln,
			    wd, 100, (int)i * 10, y * 20, (int)wl * 10, 20) == NULL) {
				free(wd);
				return -1;
			}
			free(wd);
			i += wl + (wl == 0);
		}
		l += len + (l[len] == '\n');
	}
	return p == NULL || lr_words_layout(p) != 0 ? -1 : 0;
}

json_t *
lr_extract_text(const lr_extractor *x, const char *const pages[], int npages,
    double review_below, lr_err *err)
{
	lr_doc_words *d = lr_words_new();
	json_t *out = NULL;

	for (int i = 0; d != NULL && i < npages; i++)
		if (add_text_page(d, i + 1, pages[i] ? pages[i] : "") != 0) {
			lr_err_set(err, "page %d: not UTF-8 text", i + 1);
			lr_words_free(d);
			return NULL;
		}
	if (d == NULL)
		lr_err_sys(err, "out of memory");
	else
		out = lr_extract(x, d, review_below, err);
	lr_words_free(d);
	return out;
}

int
lr_x_land_use(const lr_extractor *x, const char *text, char code[4],
    double *q)
{
	lr_doc_words *d = lr_words_new();
	lr_toks *t = NULL;
	lr_span sp = { .q = 1 };
	int r = -1;

	if (d != NULL && add_text_page(d, 1, text) == 0 &&
	    (t = lr_toks_of(d)) != NULL && t->n > 0)
		r = lr_parse_landuse(x->s, t, 0, t->n, code, &sp) == 0 ? 0 : -1;
	lr_toks_free(t);
	lr_words_free(d);
	if (q != NULL)
		*q = r == 0 ? sp.q : 0;
	return r;
}

int
lr_extract_land_use(const lr_extractor *x, const char *text, char code[4])
{
	return lr_x_land_use(x, text, code, NULL);
}
