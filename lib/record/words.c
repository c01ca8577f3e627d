/* OCR words: building, JSON form, freeing. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "words-int.h"
#include "util/util.h"

/* Grow the array *vp (of *cap elements of size sz) to hold n + 1, the new
 * elements zeroed. */
static int
grow(void *vp, size_t *cap, int n, size_t sz)
{
	size_t was = *cap;
	char *v;

	if (lr_reserve(vp, cap, (size_t)n, sz, 8) != 0)
		return -1;
	memcpy(&v, vp, sizeof(v));
	memset(v + was * sz, 0, (*cap - was) * sz);
	return 0;
}

lr_doc_words *
lr_words_new(void)
{
	return calloc(1, sizeof(lr_doc_words));
}

lr_page_words *
lr_words_add_page(lr_doc_words *d, int n, int width, int height)
{
	lr_page_words *p;

	if (grow(&d->pages, &d->cap, d->npages, sizeof(*p)) != 0)
		return NULL;
	p = &d->pages[d->npages++];
	p->n = n;
	p->width = width;
	p->height = height;
	return p;
}

lr_line *
lr_words_add_line(lr_page_words *p, int x, int y, int w, int h)
{
	lr_line *l;

	if (grow(&p->lines, &p->cap, p->nlines, sizeof(*l)) != 0)
		return NULL;
	l = &p->lines[p->nlines++];
	l->x = x, l->y = y, l->w = w, l->h = h;
	return l;
}

int
lr_words_add_rule(lr_page_words *p, int x, int y, int w, int h)
{
	if (grow(&p->rules, &p->rcap, p->nrules, sizeof(*p->rules)) !=
	    0)
		return -1;
	p->rules[p->nrules++] = (lr_rule){ x, y, w, h };
	return 0;
}

/* A line's place top to bottom: twice the middle of the height of its
 * median word (a speck read as a word stretches the line's box, not the
 * median), and its index. */
struct rank {
	int mid, i;
};

static int
rank_cmp(const void *a, const void *b)
{
	const struct rank *x = a, *y = b;

	return x->mid != y->mid ? (x->mid > y->mid) - (x->mid < y->mid) :
	    (x->i > y->i) - (x->i < y->i);
}

/* The middle of line l as struct rank has it; mids has room for its words. */
static int
middle(const lr_line *l, int *mids)
{
	if (l->nwords == 0)
		return 2 * l->y + l->h;
	for (int k = 0; k < l->nwords; k++)
		mids[k] = 2 * l->words[k].y + l->words[k].h;
	qsort(mids, (size_t)l->nwords, sizeof(*mids), lr_int_cmp);
	return mids[l->nwords / 2];
}

int
lr_words_sort_lines(lr_page_words *p)
{
	struct rank *r = malloc(((size_t)p->nlines + 1) * sizeof(*r));
	lr_line *sorted = malloc(((size_t)p->nlines + 1) * sizeof(*sorted));
	int most = 1, *mids;

	for (int i = 0; i < p->nlines; i++)
		most = p->lines[i].nwords > most ? p->lines[i].nwords : most;
	if ((mids = malloc((size_t)most * sizeof(*mids))) == NULL || r == NULL ||
	    sorted == NULL) {
		free(r), free(sorted), free(mids);
		return -1;
	}
	for (int i = 0; i < p->nlines; i++)
		r[i] = (struct rank){ middle(&p->lines[i], mids), i };
	qsort(r, (size_t)p->nlines, sizeof(*r), rank_cmp);
	for (int i = 0; i < p->nlines; i++)
		sorted[i] = p->lines[r[i].i];
	for (int i = 1; i < p->nlines; i++)
		for (int j = i; j > 0 && lr_side_by_side(&sorted[j - 1],
		    &sorted[j]) && sorted[j].x < sorted[j - 1].x; j--) {
			lr_line t = sorted[j];
			sorted[j] = sorted[j - 1];
			sorted[j - 1] = t;
		}
	memcpy(p->lines, sorted, (size_t)p->nlines * sizeof(*sorted));
	free(r), free(sorted), free(mids);
	return 0;
}

lr_word *
lr_words_add_word(lr_line *l, const char *text, float conf, int x, int y,
    int w, int h)
{
	lr_word *wd;
	char *t;

	if ((t = lr_nfc(text)) == NULL)
		return NULL;
	if (grow(&l->words, &l->cap, l->nwords, sizeof(*wd)) != 0) {
		free(t);
		return NULL;
	}
	wd = &l->words[l->nwords++];
	wd->text = t;
	wd->conf = conf;
	wd->x = x, wd->y = y, wd->w = w, wd->h = h;
	wd->hand = 0;
	wd->red = 0;
	wd->doubt = 0;
	return wd;
}

/* A confidence to a tenth, as the JSON form keeps it. */
static double
tenth(float conf)
{
	return (double)((int)(conf * 10 + 0.5)) / 10;
}

void
lr_words_round(lr_page_words *p)
{
	for (int k = 0; k < p->nlines; k++)
		for (int i = 0; i < p->lines[k].nwords; i++)
			p->lines[k].words[i].conf =
			    (float)tenth(p->lines[k].words[i].conf);
}

int
lr_words_move_page(lr_doc_words *from, int i, lr_doc_words *to)
{
	lr_page_words *src = &from->pages[i], *dst;

	if ((dst = lr_words_add_page(to, src->n, src->width, src->height)) ==
	    NULL)
		return -1;
	*dst = *src;
	*src = (lr_page_words){ .n = src->n };	/* all it held is dst's now */
	return 0;
}

/* A word's marks as the 7th item of its JSON form: 1 by hand, 2 read
 * from red print, 4 (with 2) red print over words read before, 8 figures
 * read two ways. */
static int
marks_of(const lr_word *w)
{
	return (w->hand ? 1 : 0) | (w->red ? 2 : 0) |
	    (w->red == LR_RED_OVER ? 4 : 0) | (w->doubt ? 8 : 0);
}

/* The marks of a word's 7th item m into w (marks_of()). */
static void
marks_read(lr_word *w, json_int_t m)
{
	w->hand = (m & 1) != 0;
	w->red = m & 4 ? LR_RED_OVER : m & 2 ? LR_RED_PRINT : 0;
	w->doubt = (m & 8) != 0;
}

static json_t *
line_json(const lr_line *l)
{
	json_t *words = json_array();

	for (int i = 0; i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		json_t *jw = json_pack("[s,f,i,i,i,i]", w->text,
		    tenth(w->conf), w->x, w->y, w->w, w->h);
		if (jw != NULL && marks_of(w) != 0)	/* a 7th item */
			json_array_append_new(jw, json_integer(marks_of(w)));
		json_array_append_new(words, jw);
	}
	if (l->kind == LR_BLOCK_NONE)	/* not laid out: as before layouts */
		return json_pack("{s:[i,i,i,i],s:o}", "bbox", l->x, l->y, l->w,
		    l->h, "words", words);
	return json_pack("{s:[i,i,i,i],s:i,s:s,s:o}", "bbox", l->x, l->y, l->w,
	    l->h, "block", l->block, "kind", lr_block_kind_name(l->kind),
	    "words", words);
}

/* The rules of p as [[x, y, w, h], ...]. */
static json_t *
rules_json(const lr_page_words *p)
{
	json_t *a = json_array();

	for (int i = 0; i < p->nrules; i++)
		json_array_append_new(a, json_pack("[i,i,i,i]", p->rules[i].x,
		    p->rules[i].y, p->rules[i].w, p->rules[i].h));
	return a;
}

json_t *
lr_sheet_json(const double sheet[8])
{
	json_t *a = json_array();

	for (int k = 0; k < 4 && a != NULL; k++)
		json_array_append_new(a, json_pack("[f,f]",
		    round(sheet[2 * k] * 10) / 10,
		    round(sheet[2 * k + 1] * 10) / 10));
	return a;
}

int
lr_sheet_read(const json_t *a, double sheet[8])
{
	double s[8];

	if (json_array_size(a) != 4)
		return -1;
	for (int k = 0; k < 4; k++)
		if (json_unpack((json_t *)json_array_get(a, k), "[F,F]",
		    &s[2 * k], &s[2 * k + 1]) != 0)
			return -1;
	memcpy(sheet, s, sizeof(s));
	return 0;
}

/* The JSON form of g: "width", "height", "rotation", "deskew" and, for a
 * photo, "sheet". */
static json_t *
scan_json(const lr_scan_geom *g)
{
	json_t *o = json_pack("{s:i,s:i,s:i,s:f}", "width", g->scan_width,
	    "height", g->scan_height, "rotation", g->rotation, "deskew",
	    g->deskew);

	if (o != NULL && g->photo)
		json_object_set_new(o, "sheet", lr_sheet_json(g->sheet));
	return o;
}

json_t *
lr_words_to_json(const lr_doc_words *d)
{
	json_t *pages = json_array();

	for (int i = 0; i < d->npages; i++) {
		const lr_page_words *p = &d->pages[i];
		json_t *lines = json_array();
		for (int k = 0; k < p->nlines; k++)
			json_array_append_new(lines, line_json(&p->lines[k]));
		json_t *jp = json_pack("{s:i,s:i,s:i,s:o}", "n", p->n, "width",
		    p->width, "height", p->height, "lines", lines);
		if (p->nrules > 0)
			json_object_set_new(jp, "rules", rules_json(p));
		if (p->scan.scan_width > 0)
			json_object_set_new(jp, "scan", scan_json(&p->scan));
		json_array_append_new(pages, jp);
	}
	return json_pack("{s:o}", "pages", pages);
}

/* Read line jl onto p; *laid is cleared when it has no block kind. */
static int
read_line(lr_page_words *p, const json_t *jl, int *laid, lr_err *err)
{
	int x = 0, y = 0, w = 0, h = 0, wx, wy, ww, wh;
	const json_t *jw;
	const char *text;
	double conf;
	lr_word *word;
	lr_line *l;
	size_t i;

	if (json_unpack((json_t *)jl, "{s:[iiii]}", "bbox", &x, &y, &w, &h) != 0 ||
	    (l = lr_words_add_line(p, x, y, w, h)) == NULL) {
		lr_err_set(err, "page %d: malformed line", p->n);
		return -1;
	}
	l->kind = lr_block_kind_of(json_string_value(json_object_get(jl,
	    "kind")));
	l->block = (int)json_integer_value(json_object_get(jl, "block"));
	if ((int)l->kind < 0)
		*laid = 0, l->kind = LR_BLOCK_NONE;
	json_array_foreach(json_object_get(jl, "words"), i, jw) {
		if (json_unpack((json_t *)jw, "[sFiiii]", &text, &conf, &wx, &wy, &ww,
		    &wh) != 0 || (word = lr_words_add_word(l, text, (float)conf,
		    wx, wy, ww, wh)) == NULL) {
			lr_err_set(err, "page %d: malformed word", p->n);
			return -1;
		}
		marks_read(word, json_integer_value(json_array_get(jw, 6)));
	}
	return 0;
}

/* The "rules" of page jp (none when absent) added to p. */
static int
read_rules(lr_page_words *p, const json_t *jp, lr_err *err)
{
	const json_t *jr;
	int x, y, w, h;
	size_t i;

	json_array_foreach(json_object_get(jp, "rules"), i, jr)
		if (json_unpack((json_t *)jr, "[iiii]", &x, &y, &w, &h) != 0 ||
		    lr_words_add_rule(p, x, y, w, h) != 0) {
			lr_err_set(err, "page %d: malformed rule", p->n);
			return -1;
		}
	return 0;
}

lr_doc_words *
lr_words_from_json(const json_t *j, lr_err *err)
{
	lr_doc_words *d = lr_words_new();
	const json_t *jp, *jl;
	lr_page_words *p;
	int n, w, h, laid;
	size_t i, k;

	if (d == NULL || !json_is_array(json_object_get(j, "pages"))) {
		lr_err_set(err, "OCR words: no pages");
		lr_words_free(d);
		return NULL;
	}
	json_array_foreach(json_object_get(j, "pages"), i, jp) {
		n = (int)i + 1, w = h = 0;
		json_unpack((json_t *)jp, "{s?i,s?i,s?i}", "n", &n, "width", &w, "height",
		    &h);
		if ((p = lr_words_add_page(d, n, w, h)) == NULL)
			goto fail;
		json_unpack((json_t *)json_object_get(jp, "scan"), "{s:i,s:i,s?i,"
		    "s?F}", "width", &p->scan.scan_width, "height",
		    &p->scan.scan_height, "rotation", &p->scan.rotation, "deskew",
		    &p->scan.deskew);
		p->scan.photo = lr_sheet_read(json_object_get(json_object_get(jp,
		    "scan"), "sheet"), p->scan.sheet) == 0;
		laid = 1;
		json_array_foreach(json_object_get(jp, "lines"), k, jl)
			if (read_line(p, jl, &laid, err) != 0)
				goto fail;
		if (read_rules(p, jp, err) != 0)
			goto fail;
		if (!laid && lr_words_layout(p) != 0) {
			lr_err_set(err, "out of memory");
			goto fail;
		}
	}
	return d;
fail:
	lr_err_prefix(err, "OCR words: ");
	lr_words_free(d);
	return NULL;
}

/* Point (x, y) of p's image mapped back to the scan in (*sx, *sy). */
static void
point_to_scan(const lr_page_words *p, double x, double y, double *sx,
    double *sy)
{
	const lr_scan_geom *g = &p->scan;
	double a = -g->deskew * M_PI / 180, cx = p->width / 2.0,
	    cy = p->height / 2.0, u, v;
	int turned = g->rotation == 90 || g->rotation == 270;
	double w1 = turned ? p->height : p->width, h1 = turned ? p->width :
	    p->height;

	u = cx + (x - cx) * cos(a) - (y - cy) * sin(a);
	v = cy + (x - cx) * sin(a) + (y - cy) * cos(a);
	switch (g->rotation) {	/* undo the turn, clockwise by rotation */
	case 90: x = v, y = h1 - u; break;
	case 180: x = w1 - u, y = h1 - v; break;
	case 270: x = w1 - v, y = u; break;
	default: x = u, y = v; break;
	}
	if (g->photo) {		/* from between the sheet's corners */
		double u = x / w1, v = y / h1, a = (1 - u) * (1 - v),
		    b = u * (1 - v), c = (1 - u) * v, d = u * v;
		const double *s = g->sheet;
		*sx = a * s[0] + b * s[2] + c * s[4] + d * s[6];
		*sy = a * s[1] + b * s[3] + c * s[5] + d * s[7];
		return;
	}
	*sx = x * g->scan_width / w1;
	*sy = y * g->scan_height / h1;
}


void
lr_words_box_to_scan(const lr_page_words *p, const int in[4], int out[4])
{
	double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18, sx, sy;

	if (p->scan.scan_width <= 0 || p->scan.scan_height <= 0 ||
	    p->width <= 0 || p->height <= 0) {
		memcpy(out, in, 4 * sizeof(*out));
		return;
	}
	for (int k = 0; k < 4; k++) {
		point_to_scan(p, in[0] + (k & 1) * in[2], in[1] + (k >> 1) *
		    in[3], &sx, &sy);
		x0 = sx < x0 ? sx : x0, x1 = sx > x1 ? sx : x1;
		y0 = sy < y0 ? sy : y0, y1 = sy > y1 ? sy : y1;
	}
	x0 = x0 < 0 ? 0 : x0, y0 = y0 < 0 ? 0 : y0;
	x1 = x1 > p->scan.scan_width ? p->scan.scan_width : x1;
	y1 = y1 > p->scan.scan_height ? p->scan.scan_height : y1;
	out[0] = (int)floor(x0), out[1] = (int)floor(y0);
	out[2] = (int)ceil(x1) - out[0], out[3] = (int)ceil(y1) - out[1];
}

char *
lr_line_text(const lr_line *l)
{
	size_t n = 1;
	char *s;

	for (int i = 0; i < l->nwords; i++)
		n += strlen(l->words[i].text) + 1;
	if ((s = malloc(n)) == NULL)
		return NULL;
	s[0] = '\0';
	for (int i = 0; i < l->nwords; i++) {
		if (i > 0)
			strcat(s, " ");
		strcat(s, l->words[i].text);
	}
	return s;
}

void
lr_words_free(lr_doc_words *d)
{
	if (d == NULL)
		return;
	for (int i = 0; i < d->npages; i++) {
		for (int k = 0; k < d->pages[i].nlines; k++) {
			lr_line *l = &d->pages[i].lines[k];
			for (int w = 0; w < l->nwords; w++)
				free(l->words[w].text);
			free(l->words);
		}
		free(d->pages[i].lines);
		free(d->pages[i].rules);
	}
	free(d->pages);
	free(d);
}
