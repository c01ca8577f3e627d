/* OCR words: building, JSON form, freeing. */
#include <stdlib.h>
#include <string.h>

#include "vntext.h"
#include "words.h"

/* Grow *v (of *cap elements of size sz) to hold n + 1. */
static int
grow(void **v, int *cap, int n, size_t sz)
{
	void *nv;
	int nc;

	if (n < *cap)
		return 0;
	nc = *cap ? *cap * 2 : 8;
	if ((nv = realloc(*v, (size_t)nc * sz)) == NULL)
		return -1;
	memset((char *)nv + (size_t)*cap * sz, 0, (size_t)(nc - *cap) * sz);
	*v = nv;
	*cap = nc;
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

	if (grow((void **)&d->pages, &d->cap, d->npages, sizeof(*p)) != 0)
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
	return lr_words_insert_line(p, p->nlines, x, y, w, h);
}

lr_line *
lr_words_insert_line(lr_page_words *p, int at, int x, int y, int w, int h)
{
	lr_line *l;

	if (grow((void **)&p->lines, &p->cap, p->nlines, sizeof(*l)) != 0)
		return NULL;
	memmove(&p->lines[at + 1], &p->lines[at],
	    (size_t)(p->nlines - at) * sizeof(*l));
	p->nlines++;
	l = &p->lines[at];
	memset(l, 0, sizeof(*l));
	l->x = x, l->y = y, l->w = w, l->h = h;
	return l;
}

/* Is the middle of line l higher than mid (twice the y of a middle)? */
static int
higher(const lr_line *l, int mid)
{
	return 2 * l->y + l->h < mid;
}

/* Does line l share some of the width [x, x + w)? */
static int
beside(const lr_line *l, int x, int w)
{
	return l->x < x + w && x < l->x + l->w;
}

int
lr_words_place(const lr_page_words *p, int x, int y, int w, int h)
{
	int at = -1, any = 0, mid = 2 * y + h;

	for (int i = 0; i < p->nlines; i++)
		if (higher(&p->lines[i], mid)) {
			any = i + 1;
			if (beside(&p->lines[i], x, w))
				at = i + 1;
		}
	if (at < 0)
		return any;
	while (at < p->nlines && higher(&p->lines[at], mid) &&
	    !beside(&p->lines[at], x, w))
		at++;
	return at;
}

lr_word *
lr_words_add_word(lr_line *l, const char *text, float conf, int x, int y,
    int w, int h)
{
	lr_word *wd;
	char *t;

	if ((t = lr_nfc(text)) == NULL)
		return NULL;
	if (grow((void **)&l->words, &l->cap, l->nwords, sizeof(*wd)) != 0) {
		free(t);
		return NULL;
	}
	wd = &l->words[l->nwords++];
	wd->text = t;
	wd->conf = conf;
	wd->x = x, wd->y = y, wd->w = w, wd->h = h;
	return wd;
}

static json_t *
line_json(const lr_line *l)
{
	json_t *words = json_array();

	for (int i = 0; i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		json_array_append_new(words, json_pack("[s,f,i,i,i,i]", w->text,
		    (double)((int)(w->conf * 10 + 0.5)) / 10, w->x, w->y, w->w,
		    w->h));
	}
	return json_pack("{s:[i,i,i,i],s:o}", "bbox", l->x, l->y, l->w, l->h,
	    "words", words);
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
		json_array_append_new(pages, json_pack("{s:i,s:i,s:i,s:o}", "n",
		    p->n, "width", p->width, "height", p->height, "lines", lines));
	}
	return json_pack("{s:o}", "pages", pages);
}

static int
read_line(lr_page_words *p, const json_t *jl, lr_err *err)
{
	int x = 0, y = 0, w = 0, h = 0, wx, wy, ww, wh;
	const json_t *jw;
	const char *text;
	double conf;
	lr_line *l;
	size_t i;

	if (json_unpack((json_t *)jl, "{s:[iiii]}", "bbox", &x, &y, &w, &h) != 0 ||
	    (l = lr_words_add_line(p, x, y, w, h)) == NULL) {
		lr_err_set(err, "page %d: malformed line", p->n);
		return -1;
	}
	json_array_foreach(json_object_get(jl, "words"), i, jw) {
		if (json_unpack((json_t *)jw, "[sFiiii]", &text, &conf, &wx, &wy, &ww,
		    &wh) != 0 || lr_words_add_word(l, text, (float)conf, wx, wy,
		    ww, wh) == NULL) {
			lr_err_set(err, "page %d: malformed word", p->n);
			return -1;
		}
	}
	return 0;
}

lr_doc_words *
lr_words_from_json(const json_t *j, lr_err *err)
{
	lr_doc_words *d = lr_words_new();
	const json_t *jp, *jl;
	lr_page_words *p;
	int n, w, h;
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
		json_array_foreach(json_object_get(jp, "lines"), k, jl)
			if (read_line(p, jl, err) != 0)
				goto fail;
	}
	return d;
fail:
	lr_err_prefix(err, "OCR words: ");
	lr_words_free(d);
	return NULL;
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
	}
	free(d->pages);
	free(d);
}
