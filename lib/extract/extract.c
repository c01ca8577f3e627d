/* Field extraction: the extractor, the decision header, field bookkeeping
 * (confidence, page, box) and the review list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "extract.h"
#include "text/text.h"

struct lr_extractor {
	lr_xdata *s;
	const lr_units *units;
	const lr_names *names;
};

lr_extractor *
lr_extractor_new(const char *schemas_dir, const lr_units *units, lr_err *err)
{
	lr_extractor *x = calloc(1, sizeof(*x));

	if (x == NULL) {
		lr_err_set(err, "out of memory");
		return NULL;
	}
	if ((x->s = lr_xdata_load(schemas_dir, err)) == NULL) {
		free(x);
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
	free(x);
}

const char *
lr_x_prefix(char *buf, size_t n, const char *what, int i)
{
	snprintf(buf, n, "%s[%d]", what, i);
	return buf;
}

/* Is path in the review, for reason why (any reason when why is NULL)? */
static int
in_review(const lr_xctx *c, const char *path, const char *why)
{
	size_t i;
	json_t *r;

	json_array_foreach(c->review, i, r)
		if (strcmp(json_string_value(json_object_get(r, "field")),
		    path) == 0 && (why == NULL || strcmp(json_string_value(
		    json_object_get(r, "reason")), why) == 0))
			return 1;
	return 0;
}

/* Add {"field": path, "reason": why} to the review unless there. */
static void
review_add(lr_xctx *c, const char *path, const char *why)
{
	if (in_review(c, path, why))
		return;
	json_array_append_new(c->review, json_pack("{s:s,s:s}", "field", path,
	    "reason", why));
}

/* Confidence, page and box of tokens [a, b) read with quality q. */
static json_t *
field_meta(const lr_toks *t, int a, int b, double q)
{
	double conf = 100;
	int x0 = 1 << 30, y0 = 1 << 30, x1 = 0, y1 = 0;

	if (a >= b)
		return json_pack("{s:f,s:n,s:n}", "conf", q, "page", "bbox");
	for (int i = a; i < b; i++) {
		const lr_tok *k = &t->v[i];
		if (k->conf < conf)
			conf = k->conf;
		if (k->page != t->v[a].page)
			continue;
		x0 = k->x < x0 ? k->x : x0, y0 = k->y < y0 ? k->y : y0;
		x1 = k->x + k->w > x1 ? k->x + k->w : x1;
		y1 = k->y + k->h > y1 ? k->y + k->h : y1;
	}
	return json_pack("{s:f,s:i,s:[i,i,i,i]}", "conf",
	    (double)(int)(conf / 100 * q * 1000 + 0.5) / 1000, "page",
	    t->v[a].page, "bbox", x0, y0, x1 - x0, y1 - y0);
}

void
lr_x_put(lr_xctx *c, json_t *obj, const char *prefix, const char *key,
    json_t *v, const lr_span *sp, int text)
{
	char path[128];

	snprintf(path, sizeof(path), "%s.%s", prefix, key);
	json_object_set_new(obj, key, v);
	json_object_set_new(c->fields, path, field_meta(c->t, sp->a, sp->b,
	    sp->q));
	if (sp->why != NULL)
		review_add(c, path, sp->why);
	if (text && c->text_q < 1)
		lr_x_doubt(c, path, c->text_q, c->text_why);
}

void
lr_x_doubt(lr_xctx *c, const char *path, double factor, const char *reason)
{
	json_t *f = json_object_get(c->fields, path);

	if (f != NULL) {
		double conf = json_real_value(json_object_get(f, "conf"));
		json_object_set_new(f, "conf", json_real((double)(int)(conf *
		    factor * 1000 + 0.5) / 1000));
	}
	review_add(c, path, reason);
}

/* The owner named n of sex gender (0: either; an owner of unknown sex
 * matches either), or -1.  Ông and bà of one name are two people. */
static int
owner_named(const lr_xctx *c, const char *n, int gender)
{
	size_t i;
	json_t *o;
	const char *g;

	json_array_foreach(c->owners, i, o) {
		g = json_string_value(json_object_get(o, "gender"));
		if (strcmp(json_string_value(json_object_get(o, "name")), n) == 0
		    && (gender == 0 || g == NULL || *g == gender))
			return (int)i;
	}
	return -1;
}

int
lr_x_owner(lr_xctx *c, const char *name, int gender, int household,
    const lr_span *sp)
{
	char pre[32], *fixed = gender ? lr_x_middle_fix(c->s, name, gender) :
	    NULL;
	int i;
	json_t *o;

	if (fixed != NULL)
		name = fixed;	/* still reviewed: the name's marks were misread */
	if ((i = owner_named(c, name, gender)) >= 0) {
		free(fixed);
		return i;
	}
	i = (int)json_array_size(c->owners);
	o = json_pack("{s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,"
	    "s:b}", "name", "gender", "birth_year", "birth_date", "id_number",
	    "id_type", "id_issue_date", "id_issue_place", "address",
	    "commune_code", "spouse", "household", household);

	json_array_append_new(c->owners, o);
	lr_x_prefix(pre, sizeof(pre), "owners", i);
	lr_x_put(c, o, pre, "name", json_string(name), sp, 1);
	if (gender == 0)
		gender = lr_x_name_sex(c->s, name);
	if (gender != 0) {
		char g[2] = { (char)gender, '\0' };
		lr_span gs = *sp;
		if (gs.why == lr_why_cap_mark)
			gs.q = 1, gs.why = NULL;
		lr_x_put(c, o, pre, "gender", json_string(g), &gs, 0);
	}
	free(fixed);
	return i;
}

int
lr_x_parcel(lr_xctx *c, int holder)
{
	json_t *p = json_pack("{s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n,s:n}",
	    "sheet", "number", "area", "land_use", "land_use_to", "term",
	    "term_end", "origin", "address", "commune_code", "holder");

	if (holder >= 0)
		json_object_set_new(p, "holder", json_integer(holder));
	json_array_append_new(c->parcels, p);
	return (int)json_array_size(c->parcels) - 1;
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

/* "Số: 245/QĐ-UBND": after the label, else any decision number. */
static void
header_number(lr_xctx *c, int end)
{
	char num[64];
	lr_span sp;
	int n;

	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < end; i++) {
			n = pass == 0 ? lr_label_at(c->s, c->t, i, end,
			    LAB_DEC_NUMBER, NULL) : i;
			if (n >= 0 && lr_parse_decnum(c->s, c->t, n, end, num,
			    sizeof(num), &sp) == 0) {
				lr_x_put(c, c->decision, "decision", "number",
				    json_string(num), &sp, 0);
				return;
			}
		}
}

/* The first date of the header: "Điện Biên, ngày 12 tháng 8 năm 2019". */
static void
header_date(lr_xctx *c, int end)
{
	char iso[40];
	int ymd[3];
	lr_span sp;

	for (int i = 0; i < end; i++) {
		if (lr_label_at(c->s, c->t, i, end, LAB_DAY, NULL) < 0 ||
		    lr_parse_date(c->s, c->t, i, end, ymd, &sp) != 0)
			continue;
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", ymd[0], ymd[1],
		    ymd[2]);
		lr_x_put(c, c->decision, "decision", "date", json_string(iso),
		    &sp, 0);
		return;
	}
}

/* "Ủy ban nhân dân" + unit type in lower case + the unit's name. */
static char *
issuer_text(lr_xctx *c, int a, int b)
{
	char *label = lr_label_text(c->s, LAB_ISSUER), *type, *name, *out;
	int n = lr_label_at(c->s, c->t, a, b, LAB_UNIT_TYPE, NULL);

	if (n < 0)
		n = a;
	char *rt = lr_tok_join(c->t, a, n), *rn = lr_tok_join(c->t, n, b);
	type = rt ? lr_lower(rt) : strdup("");
	name = rn ? lr_title(rn) : strdup("");
	if (asprintf(&out, "%s %s%s%s", label ? label : "", type,
	    *type && *name ? " " : "", name) < 0)
		out = NULL;
	free(label), free(type), free(name), free(rt), free(rn);
	return out;
}

/* The issuing committee: the line under "ỦY BAN NHÂN DÂN" (or the rest of
 * its line), up to the national motto when the columns interleave. */
static void
header_issuer(lr_xctx *c, int end)
{
	int k = hit_of(c, LAB_ISSUER, 0, end), a, b;
	lr_span sp;
	char *s;

	if (k < 0)
		return;
	a = c->h.v[k].b;
	if (a < end && (c->t->v[a].flags & TOK_BOL) == 0 &&
	    c->h.n > k + 1 && c->h.v[k + 1].a == a)
		a = c->h.v[k + 1].b;	/* ỦY BAN NHÂN DÂN CỘNG HÒA ... */
	for (b = a; b < end && (b == a || !(c->t->v[b].flags & TOK_BOL)); b++)
		if (hit_of(c, LAB_MOTTO, k, b + 1) >= 0 &&
		    c->h.v[hit_of(c, LAB_MOTTO, k, b + 1)].a >= a)
			break;
	if (b == a || (s = issuer_text(c, a, b)) == NULL)
		return;
	sp = (lr_span){ c->h.v[k].a, b, 1, NULL };
	lr_x_put(c, c->decision, "decision", "issuer", json_string(s), &sp, 1);
	free(s);
}

/* The kind from the phrases of kinds.tsv in tokens [a, b): the first
 * that starts by token lead (-1: no lead), else the first anywhere but
 * "other", whose phrases only count at the start; -1 when none. */
static int
kind_in(const lr_xctx *c, int a, int b, int lead)
{
	int at, p = lead < 0 ? -1 : lr_phrase_find_by(&c->s->kinds, c->t, a,
	    b, lead, &at);

	if (p < 0 && (p = lr_phrase_find(&c->s->kinds, c->t, a, b, &at)) >= 0 &&
	    strcmp(c->s->kind_names[c->s->kinds.v[p].key], "other") == 0)
		p = -1;
	return p < 0 ? -1 : c->s->kinds.v[p].key;
}

/* The first token of a section label (Căn cứ, Điều, QUYẾT ĐỊNH, the
 * committee, the signature) from hit k on. */
static int
section_after(const lr_xctx *c, int k)
{
	static const int labs[] = { LAB_BASIS, LAB_ARTICLE, LAB_DECIDE,
	    LAB_ISSUER, LAB_SIGN, LAB_STATE, LAB_MOTTO };

	for (; k < c->h.n; k++)
		for (size_t i = 0; i < sizeof(labs) / sizeof(*labs); i++)
			if (c->h.v[k].lab == labs[i])
				return c->h.v[k].a;
	return c->t->n;
}

/* "Về việc ..." and the kind it names (else the kind Điều 1 names). */
static void
header_title(lr_xctx *c)
{
	int k = hit_of(c, LAB_TITLE, 0, c->t->n), kind = -1, end;
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
			    (int)c->s->set[SET_KIND_LEAD]);
		}
	}
	if (kind < 0 && (k = hit_of(c, LAB_ARTICLE, 0, c->t->n)) >= 0) {
		sp.a = c->h.v[k].b;
		sp.b = sp.a + 40 < c->t->n ? sp.a + 40 : c->t->n;
		kind = kind_in(c, sp.a, sp.b, -1);
		sp.q = kind >= 0 ? 0.9 : 0.5;
		sp.why = "kind not named in the subject line";
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

/* Review entries for fields under the threshold and missing values. */
static void
review_finish(lr_xctx *c, double below)
{
	static const char *const need[] = { "decision.number", "decision.date",
	    "decision.kind" };
	const char *path;
	json_t *f;

	json_object_foreach(c->fields, path, f)
		if (json_real_value(json_object_get(f, "conf")) < below &&
		    !in_review(c, path, NULL))
			review_add(c, path, "low confidence");
	for (size_t i = 0; i < sizeof(need) / sizeof(*need); i++)
		if (json_object_get(c->fields, need[i]) == NULL)
			review_add(c, need[i], "not found");
}

static void
ctx_free(lr_xctx *c)
{
	json_decref(c->decision), json_decref(c->owners);
	json_decref(c->parcels), json_decref(c->house);
	json_decref(c->fields), json_decref(c->review);
	free(c->h.v);
	free(c->in_table);
	lr_toks_free(c->t);
}

json_t *
lr_extract(const lr_extractor *x, const lr_doc_words *w, double review_below,
    lr_err *err)
{
	lr_xctx c = { .s = x->s, .units = x->units, .names = x->names, .owner = -1, .head = -1,
	    .parcel = -1 };
	json_t *out;

	c.decision = json_pack("{s:n,s:n,s:n,s:n,s:n}", "number", "date",
	    "issuer", "kind", "title");
	c.owners = json_array(), c.parcels = json_array();
	c.house = json_null(), c.fields = json_object();
	c.review = json_array();
	if ((c.t = lr_toks_of(w)) == NULL || lr_labels_scan(x->s, c.t, &c.h) ||
	    (c.in_table = calloc((size_t)c.t->nlines + 1, 1)) == NULL) {
		lr_err_set(err, "out of memory");
		ctx_free(&c);
		return NULL;
	}
	tone_check(&c);
	int hend = header_end(&c);
	header_number(&c, hend);
	header_date(&c, hend);
	header_issuer(&c, hend);
	header_title(&c);
	lr_x_tables(&c);
	c.table_parcels = (int)json_array_size(c.parcels);
	lr_x_body(&c);
	lr_x_checks(&c);
	review_finish(&c, review_below);
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
	return p == NULL ? -1 : 0;
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
		lr_err_set(err, "out of memory");
	else
		out = lr_extract(x, d, review_below, err);
	lr_words_free(d);
	return out;
}
