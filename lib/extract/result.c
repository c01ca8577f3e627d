/* Field extraction results: the decision, owners, parcels and house being
 * read, each field's confidence, page and box, and the review list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "result-int.h"
#include "record/record.h"
#include "text/text.h"

const char *
lr_x_prefix(char *buf, size_t n, const char *what, int i)
{
	snprintf(buf, n, "%s[%d]", what, i);
	return buf;
}

/* Is path in the review, for reason why (any reason when why is NULL;
 * with kept, a reason calibration keeps)? */
static int
in_review_as(const lr_xctx *c, const char *path, const char *why, int kept)
{
	size_t i;
	json_t *r;
	const char *w;

	json_array_foreach(c->review, i, r) {
		w = json_string_value(json_object_get(r, "reason"));
		if (strcmp(json_string_value(json_object_get(r, "field")),
		    path) == 0 && (why == NULL || strcmp(w, why) == 0) &&
		    (!kept || lr_x_reason_kept(c, w)))
			return 1;
	}
	return 0;
}

static int
in_review(const lr_xctx *c, const char *path, const char *why)
{
	return in_review_as(c, path, why, 0);
}

int
lr_x_in_review(const lr_xctx *c, const char *path)
{
	return in_review(c, path, NULL);
}

int
lr_x_in_review_for(const lr_xctx *c, const char *path, const char *why)
{
	return in_review(c, path, why);
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
	int box[4] = LR_BOX_NONE;

	if (a >= b)
		return json_pack("{s:f,s:n,s:n}", "conf", q, "page", "bbox");
	for (int i = a; i < b; i++) {
		const lr_tok *k = &t->v[i];
		if (k->conf < conf)
			conf = k->conf;
		if (k->page == t->v[a].page)
			lr_box_grow(box, k->x, k->y, k->w, k->h);
	}
	return json_pack("{s:f,s:i,s:[i,i,i,i]}", "conf",
	    (double)(int)(conf / 100 * q * 1000 + 0.5) / 1000, "page",
	    t->v[a].page, "bbox", box[0], box[1], box[2], box[3]);
}

void
lr_x_unsure_figures(const lr_xctx *c, lr_span *sp, const char *why)
{
	for (int k = sp->a; k < sp->b && (sp->why == NULL ||
	    !lr_x_reason_kept(c, sp->why)); k++) {
		const lr_tok *t = &c->t->v[k];
		if ((t->flags & TOK_DIGIT) && !(t->flags & TOK_REPAIRED) &&
		    !t->hand && t->conf < c->s->set[SET_FIGURE_CONF]) {
			sp->q *= c->s->set[SET_ID_UNSURE];
			sp->why = why;
		}
	}
}

/* A field read from handwriting keeps this share of its confidence; one
 * read from figures read two ways (TOK_DOUBT) this. */
#define HAND_DOUBT 0.5
#define FIGS_DOUBT 0.5

/* Were the figures of any of tokens [a, b) of t read two ways, and does
 * value v hold figures (a number, a date; not a kind read off a title
 * with a number in it)? */
static int
figures_doubted(const lr_toks *t, int a, int b, const json_t *v)
{
	if (!json_is_number(v) && !(json_is_string(v) &&
	    strpbrk(json_string_value(v), "0123456789") != NULL))
		return 0;
	for (int i = a; i < b; i++)
		if (t->v[i].flags & TOK_DOUBT)
			return 1;
	return 0;
}

int
lr_x_by_hand(const lr_toks *t, int a, int b)
{
	for (int i = a; i < b; i++)
		if (t->v[i].hand)
			return 1;
	return 0;
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
	if (lr_x_by_hand(c->t, sp->a, sp->b)) {	/* never taken on trust */
		json_object_set_new(json_object_get(c->fields, path), "hand",
		    json_true());
		lr_x_doubt(c, path, HAND_DOUBT, "handwritten");
	}
	else if (figures_doubted(c->t, sp->a, sp->b, v))
		lr_x_doubt(c, path, FIGS_DOUBT, "figures read two ways");
	if (text && c->text_q < 1)
		lr_x_doubt(c, path, c->text_q, c->text_why);
}

/* Lower the confidence of field meta f (none: NULL) by factor. */
static void
lower(json_t *f, double factor)
{
	double conf;

	if (f == NULL)
		return;
	conf = json_real_value(json_object_get(f, "conf"));
	json_object_set_new(f, "conf", json_real((double)(int)(conf * factor *
	    1000 + 0.5) / 1000));
}

void
lr_x_doubt(lr_xctx *c, const char *path, double factor, const char *reason)
{
	lower(json_object_get(c->fields, path), factor);
	review_add(c, path, reason);
}

void
lr_x_lower_all(lr_xctx *c, const char *prefix, double factor)
{
	const char *path;
	json_t *f;

	json_object_foreach(c->fields, path, f)
		if (lr_path_covers(prefix, path))
			lower(f, factor);
}

int
lr_x_table_flagged(const lr_xctx *c)
{
	size_t i;
	json_t *r;

	json_array_foreach(c->review, i, r)
		if (json_object_get(r, "also") != NULL)
			return 1;
	return 0;
}

void
lr_x_table_item(lr_xctx *c, const char *why)
{
	if (!in_review(c, "parcels", why))
		json_array_append_new(c->review, json_pack("{s:s,s:s,s:[s]}",
		    "field", "parcels", "reason", why, "also", "owners"));
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
		const char *on = json_string_value(json_object_get(o, "name"));
		g = json_string_value(json_object_get(o, "gender"));
		if (on != NULL && strcmp(on, n) == 0
		    && (gender == 0 || g == NULL || *g == gender))
			return (int)i;
	}
	return -1;
}

/* Did OCR read a word of letters of tokens sp with a confidence under
 * name_conf? */
static int
unsure_syllable(const lr_xctx *c, const lr_span *sp)
{
	for (int k = sp->a; k < sp->b; k++)
		if ((c->t->v[k].flags & TOK_ALPHA) &&
		    c->t->v[k].conf < c->s->set[SET_NAME_CONF])
			return 1;
	return 0;
}

/* Doubt the name of owner pre ("owners[2]"). */
static void
unsure_name(lr_xctx *c, const char *pre)
{
	char path[64];

	snprintf(path, sizeof(path), "%s.name", pre);
	lr_x_doubt(c, path, c->s->set[SET_NAME_DAMAGED], "a syllable of the "
	    "name read by OCR with less than full confidence");
}

/* The owner called name (see lr_x_owner), a new one when fresh. */
static int
owner(lr_xctx *c, const char *name, int gender, int household,
    const lr_span *sp, int fresh)
{
	char pre[32], *fixed = gender && name ? lr_x_middle_fix(c->s, name,
	    gender) : NULL;
	int i;
	json_t *o;

	if (fixed != NULL)
		name = fixed;	/* still reviewed: the name's marks were misread */
	if (!fresh && (i = owner_named(c, name, gender)) >= 0) {
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
	if (name != NULL)
		lr_x_put(c, o, pre, "name", json_string(name), sp, 1);
	if (name != NULL && sp->why == NULL && unsure_syllable(c, sp))
		unsure_name(c, pre);
	if (gender == 0 && name != NULL)
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
lr_x_owner(lr_xctx *c, const char *name, int gender, int household,
    const lr_span *sp)
{
	return owner(c, name, gender, household, sp, 0);
}

int
lr_x_namesake(lr_xctx *c, const char *name, int gender, const lr_span *sp)
{
	return owner(c, name, gender, 0, sp, 1);
}

/* Drop item j of array a of c's result, called name in field paths
 * ("parcels"), and its fields' confidences. */
static void
drop_item(lr_xctx *c, json_t *a, const char *name, int j)
{
	char pre[32];
	const char *path;
	json_t *v;
	void *tmp;
	size_t n = (size_t)snprintf(pre, sizeof(pre), "%s[%d].", name, j);

	json_object_foreach_safe(c->fields, tmp, path, v)
		if (strncmp(path, pre, n) == 0)
			json_object_del(c->fields, path);
	json_array_remove(a, (size_t)j);
}

void
lr_x_parcel_drop(lr_xctx *c, int j)
{
	drop_item(c, c->parcels, "parcels", j);
}

void
lr_x_owner_drop(lr_xctx *c, int j)
{
	drop_item(c, c->owners, "owners", j);
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

/* Review entries for fields under the threshold and missing values. */
void
lr_x_review_finish(lr_xctx *c, double below)
{
	static const char *const need[] = { "decision.number", "decision.date",
	    "decision.kind" };
	const char *path;
	json_t *f;

	json_object_foreach(c->fields, path, f) {
		double conf = lr_xdata_calibrate(c->s, json_real_value(
		    json_object_get(f, "conf")));
		json_object_set_new(f, "conf", json_real((double)(int)(conf *
		    1000 + 0.5) / 1000));
		if (conf < below && !in_review_as(c, path, NULL, 1))
			review_add(c, path, "low confidence");
	}
	for (size_t i = 0; i < sizeof(need) / sizeof(*need); i++)
		if (json_object_get(c->fields, need[i]) == NULL &&
		    (i == 2 || !in_review(c, "decision", NULL)))
			review_add(c, need[i], "not found");
	lr_x_review_merge(c);
}

void
lr_x_review_block(lr_xctx *c, const char *why)
{
	review_add(c, "decision", why);
}
