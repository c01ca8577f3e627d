/* The field extractor's data files (the .tsv files of schemas/): labels, decision kinds,
 * land-use codes, number words, origins and settings, read once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "labels-int.h"
#include "util/util.h"
#include "text/text.h"

static const char *const lab_names[LAB_N] = {
	"issuer", "state", "motto", "decision.number", "decision.title",
	"section.decide", "section.basis", "section.article",
	"section.recipients", "section.sign", "section.annex",
	"owner.male", "owner.female", "household.male", "household.female",
	"spouse", "birth.year", "birth.date", "id.cccd", "id.dinh-danh",
	"id.cmnd", "id.date", "id.place", "address", "address.same",
	"parcel.number", "parcel.sheet", "parcel.address", "parcel.area",
	"parcel.words", "parcel.use", "parcel.term", "parcel.origin",
	"parcel.form", "use.from", "use.to", "statement.change",
	"statement.total",
	"house.intro", "house.building", "house.floor", "house.structure",
	"house.floors", "house.year", "house.kind",
	"table.stt", "table.name", "table.note",
	"date.day", "date.month", "date.year", "term.forever", "term.until",
	"term.years", "unit.m2", "unit.ha", "unit.type", "middle.male",
	"middle.female", "table.total", "count.households", "count.parcels",
	"name.surname", "syllable.onset", "syllable.coda", "name.middle",
	"unit.commune", "unit.district", "unit.province", "unit.village",
	"parcel.area.said", "parcel.use.said", "owner.organisation",
	"table.number-sheet", "table.sheet-number", "couple",
	"owner.body", "table.either", "decision.suffix", "parcel.area.taken",
	"list.respectively", "list.and", "list.many", "parcel.number.bare",
	"parcel.sheet.bare", "citation", "representative",
};

static const char *const set_names[SET_N] = {
	"review_below", "repair", "check_failed", "evidence_repair",
	"ambiguous", "tones_lost", "tone_share_min", "fuzzy_label",
	"name_plain", "cccd_since", "year_min", "year_max", "name_max",
	"term_year_max", "name_damaged", "row_damaged", "table_damaged_share",
	"total_tolerance", "cap_mark", "cap_mark_conf",
	"cmnd_province_max", "id_unsure", "id_conf", "place_known_edits",
	"origin_edits", "name_sex", "kind_lead", "reason_min", "merge_column",
	"number_conf", "figure_conf", "name_conf",
};

/* Index of name in names[0..n-1], or -1. */
static int
lookup(const char *const *names, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

int
lr_x_read_schema(const char *dir, const char *name, lr_tsv_row fn,
    void *ctx, lr_err *err)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return lr_tsv_read_data(path, fn, ctx, err);
}

/* Add phrase text under key to ph: folded, split into words. */
static int
add_phrase(lr_phrases *ph, int key, const char *text, lr_err *err)
{
	lr_phrase *p;
	char *fold, *o;

	if ((fold = lr_ascii(text)) == NULL) {
		lr_err_set(err, "not UTF-8");
		return -1;
	}
	if (lr_reserve(&ph->v, &ph->cap, (size_t)ph->n, sizeof(*ph->v), 64)
	    != 0) {
		free(fold);
		lr_err_sys(err, "out of memory");
		return -1;
	}
	p = &ph->v[ph->n++];
	p->key = key;
	p->text = lr_nfc(text);
	p->nwords = 1;
	o = fold;
	for (char *c = fold; *c != '\0'; c++) {
		if (*c == ' ')
			p->nwords++;
		else
			*o++ = *c;
	}
	*o = '\0';
	lr_fold_key(fold);
	p->joined = fold;
	return 0;
}

/* A "key<TAB>variant" line of a label file into ph. */
static int
keyed_row(lr_phrases *ph, char **f, int nf, lr_err *err)
{
	int k = lookup(lab_names, LAB_N, f[0]);

	if (nf < 2 || k < 0) {
		lr_err_set(err, "unknown label key '%s'", f[0]);
		return -1;
	}
	return add_phrase(ph, k, f[1], err);
}

static int
label_row(void *ctx, char **f, int nf, lr_err *err)
{
	return keyed_row(&((lr_xdata *)ctx)->labels, f, nf, err);
}

static int
column_row(void *ctx, char **f, int nf, lr_err *err)
{
	return keyed_row(&((lr_xdata *)ctx)->columns, f, nf, err);
}

/* Append name to a list of names unless it is there; return its index,
 * or -1 when out of memory. */
static int
intern(char ***names, int *n, const char *name)
{
	int k = lookup((const char *const *)*names, *n, name);
	char **v, *s;

	if (k >= 0)
		return k;
	if ((s = strdup(name)) == NULL)
		return -1;
	if ((v = realloc(*names, (size_t)(*n + 1) * sizeof(*v))) == NULL) {
		free(s);
		return -1;
	}
	*names = v;
	v[*n] = s;
	return (*n)++;
}

/* Add the space-separated keys of list to those kind k prints. */
static int
add_prints(lr_xdata *s, int k, const char *list)
{
	const char *had = s->kind_prints[k] ? s->kind_prints[k] : "";
	char *both = malloc(strlen(had) + strlen(list) + 2);

	if (both == NULL)
		return -1;
	sprintf(both, "%s %s", had, list);
	free(s->kind_prints[k]);
	s->kind_prints[k] = both;
	return 0;
}

/* One more kind: room for what it prints, none yet. */
static int
grow_prints(lr_xdata *s)
{
	char **v = realloc(s->kind_prints, (size_t)s->nkinds * sizeof(*v));

	if (v == NULL)
		return -1;
	s->kind_prints = v;
	v[s->nkinds - 1] = NULL;
	return 0;
}

static int
kind_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	int n = s->nkinds, k;

	if (nf < 2) {
		lr_err_set(err, "want kind<TAB>phrase[<TAB>parcel keys]");
		return -1;
	}
	if ((k = intern(&s->kind_names, &s->nkinds, f[0])) < 0 ||
	    (k == n && grow_prints(s) != 0) ||
	    (nf > 2 && add_prints(s, k, f[2]) != 0)) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return add_phrase(&s->kinds, k, f[1], err);
}

/* Append a land-use code (group: it names a group of uses); its index, or
 * -1 when out of memory. */
static int
add_code(lr_xdata *s, const char *code, int group)
{
	char (*v)[4] = realloc(s->codes, (size_t)(s->ncodes + 1) * sizeof(*v));
	char *g;

	if (v == NULL)
		return -1;
	s->codes = v;
	if ((g = realloc(s->code_group, (size_t)s->ncodes + 1)) == NULL)
		return -1;
	s->code_group = g;
	memcpy(s->codes[s->ncodes], code, 4);
	g[s->ncodes] = (char)group;
	return s->ncodes++;
}

static int
use_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	int k;

	if (nf < 3 || strlen(f[0]) != 3) {
		lr_err_set(err, "want code<TAB>generation<TAB>name");
		return -1;
	}
	if ((k = lr_xdata_code(s, f[0])) < 0 &&
	    (k = add_code(s, f[0], strcmp(f[1], "group") == 0)) < 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	if (add_phrase(&s->uses, k, f[2], err) != 0)
		return -1;
	lr_phrase *p = &s->uses.v[s->uses.n - 1];
	size_t lw = strlen(LR_LAND_WORD);
	if (p->nwords > 1 && strncmp(p->joined, LR_LAND_WORD, lw) == 0) {
		memmove(p->joined, p->joined + lw, strlen(p->joined + lw) + 1);
		p->nwords--;
	}
	return 0;
}

static int
numword_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	static const char *const m[] = { "0", "1", "2", "3", "4", "5", "6",
	    "7", "8", "9", "10", "x100", "x1000", "x1000000", "x1000000000",
	    ".", "skip" };
	int k = nf < 2 ? -1 : lookup(m, (int)(sizeof(m) / sizeof(*m)), f[1]);

	if (k < 0) {
		lr_err_set(err, "unknown number word meaning");
		return -1;
	}
	return add_phrase(&s->numwords, k, f[0], err);
}

static int
month_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	int m = nf < 2 ? 0 : atoi(f[1]);

	if (m < 1 || m > 12) {
		lr_err_set(err, "want word<TAB>month 1-12");
		return -1;
	}
	return add_phrase(&s->months, m, f[0], err);
}

static int
origin_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	if (nf < 2) {
		lr_err_set(err, "want code<TAB>wording");
		return -1;
	}
	return add_phrase(&s->origins, intern(&s->origin_codes,
	    &s->norigin_codes, f[0]), f[1], err);
}

static int
prefix_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	if (nf < 2 || strlen(f[0]) != 2 || strspn(f[0], "0123456789") != 2) {
		lr_err_set(err, "want prefix<TAB>province");
		return -1;
	}
	return add_phrase(&s->id_prefixes, atoi(f[0]), f[1], err);
}

static int
set_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_xdata *s = ctx;
	int k = lookup(set_names, SET_N, f[0]);
	char *end;

	if (nf < 2 || k < 0) {
		lr_err_set(err, "unknown setting '%s'", f[0]);
		return -1;
	}
	s->set[k] = strtod(f[1], &end);
	if (end == f[1]) {
		lr_err_set(err, "'%s' is not a number", f[1]);
		return -1;
	}
	return 0;
}

/* Append v to the array *a of n doubles and capacity *cap. */
static int
push(double **a, size_t *cap, int n, double v)
{
	if (lr_reserve(a, cap, (size_t)n, sizeof(**a), 16) != 0)
		return -1;
	(*a)[n] = v;
	return 0;
}

/* "conf<TAB>raw<TAB>p" (raw ascending) or "reason<TAB>text<TAB>share". */
static int
calib_row(void *ctx, char **f, int nf, lr_err *err)
{
	struct lr_calib *c = &((lr_xdata *)ctx)->cal;
	char *e1 = NULL, *e2 = NULL;
	double a = nf == 3 ? strtod(f[1], &e1) : 0;
	double b = nf == 3 ? strtod(f[2], &e2) : 0;
	int conf = nf == 3 && strcmp(f[0], "conf") == 0;

	if (conf && e1 != f[1] && e2 != f[2] && (c->n == 0 ||
	    a > c->raw[c->n - 1])) {
		if (push(&c->raw, &c->cap[0], c->n, a) ||
		    push(&c->p, &c->cap[1], c->n, b))
			goto oom;
		c->n++;
		return 0;
	}
	if (nf == 3 && strcmp(f[0], "reason") == 0 && e2 != f[2]) {
		if (lr_reserve(&c->why, &c->cap[2], (size_t)c->nwhy,
		    sizeof(*c->why), 16) != 0 || push(&c->hit, &c->cap[3],
		    c->nwhy, b) || (c->why[c->nwhy] = strdup(f[1])) == NULL)
			goto oom;
		c->nwhy++;
		return 0;
	}
	lr_err_set(err, "want conf<TAB>raw<TAB>p (raw ascending) or "
	    "reason<TAB>text<TAB>share");
	return -1;
oom:
	lr_err_sys(err, "out of memory");
	return -1;
}

double
lr_xdata_calibrate(const lr_xdata *s, double raw)
{
	const struct lr_calib *c = &s->cal;

	for (int i = 0; i < c->n; i++)
		if (raw <= c->raw[i])
			return c->p[i];
	return c->n > 0 ? c->p[c->n - 1] : raw;
}

double
lr_xdata_reason_hit(const lr_xdata *s, const char *why)
{
	for (int i = 0; i < s->cal.nwhy; i++)
		if (strcmp(s->cal.why[i], why) == 0)
			return s->cal.hit[i];
	return -1;
}

int
lr_xdata_code(const lr_xdata *s, const char *code)
{
	for (int i = 0; i < s->ncodes; i++)
		if (strcmp(s->codes[i], code) == 0)
			return i;
	return -1;
}

lr_xdata *
lr_xdata_load(const char *dir, lr_err *err)
{
	lr_xdata *s = calloc(1, sizeof(*s));

	if (s == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	for (int i = 0; i < SET_N; i++)
		s->set[i] = -1;
	s->uses.commas = 1;
	if (lr_x_read_schema(dir, "labels.tsv", label_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "said.tsv", label_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "table-columns.tsv", column_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "kinds.tsv", kind_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "land-use.tsv", use_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "numwords.tsv", numword_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "months.tsv", month_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "origins.tsv", origin_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "id-prefixes.tsv", prefix_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "extract.tsv", set_row, s, err) != 0 ||
	    lr_x_read_schema(dir, "calibration.tsv", calib_row, s, err) != 0) {
		lr_xdata_free(s);
		return NULL;
	}
	for (int i = 0; i < SET_N; i++)
		if (s->set[i] < 0) {
			lr_err_set(err, "'%s/extract.tsv': no setting '%s'", dir,
			    set_names[i]);
			lr_xdata_free(s);
			return NULL;
		}
	return s;
}

static void
phrases_free(lr_phrases *ph)
{
	for (int i = 0; i < ph->n; i++) {
		free(ph->v[i].text);
		free(ph->v[i].joined);
	}
	free(ph->v);
}

void
lr_xdata_free(lr_xdata *s)
{
	if (s == NULL)
		return;
	phrases_free(&s->labels);
	phrases_free(&s->columns);
	phrases_free(&s->kinds);
	phrases_free(&s->uses);
	phrases_free(&s->numwords);
	phrases_free(&s->months);
	phrases_free(&s->origins);
	phrases_free(&s->id_prefixes);
	for (int i = 0; i < s->norigin_codes; i++)
		free(s->origin_codes[i]);
	free(s->origin_codes);
	for (int i = 0; i < s->nkinds; i++)
		free(s->kind_names[i]), free(s->kind_prints[i]);
	free(s->kind_names);
	free(s->kind_prints);
	free(s->codes);
	free(s->code_group);
	for (int i = 0; i < s->cal.nwhy; i++)
		free(s->cal.why[i]);
	free(s->cal.why), free(s->cal.hit);
	free(s->cal.raw), free(s->cal.p);
	free(s);
}
