/* Certificates: their lines as the reader sees them, the values both the
 * reader and its parcel table read (dates, the use form), and the entries
 * of the change register (date, kind, the decision cited). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "certline-int.h"
#include "cert-int.h"
#include "certdata-int.h"
#include "parse-int.h"
#include "tokens-int.h"

/* The most confidence (0..100) a word read from red print over black
 * text (a stamp or a seal over a line, LR_RED_OVER) is given: which ink
 * it was read from is in doubt, and so is every field it feeds. */
#define RED_OVER_CONF 30

/* Split the folded words of l into tokens.  0, or -1 out of memory. */
static int
tokens_of(lr_cline *l)
{
	int cap = 0;

	for (int i = 0; i < l->nw; i++)
		cap += (int)strlen(l->fw[i]) / 2 + 1;
	l->t = calloc((size_t)cap + 1, sizeof(char *));
	l->tw = calloc((size_t)cap + 1, sizeof(int));
	if (l->t == NULL || l->tw == NULL)
		return -1;
	for (int i = 0; i < l->nw; i++)
		for (char *p = l->fw[i]; *p != '\0';) {
			size_t n = strcspn(p, " ");
			if ((l->t[l->nt] = strndup(p, n)) == NULL)
				return -1;
			l->tw[l->nt++] = i;
			p += n + (p[n] == ' ');
		}
	return 0;
}

/* Word i of l with its 6s read as ó, Ó, é or á put back (lr_x_six_of_o:
 * in a word that holds a figure), held by l: 0, or -1 when out of
 * memory. */
static int
six_word(lr_cline *l, int i)
{
	if (l->own == NULL && (l->own = calloc((size_t)l->nw + 1,
	    sizeof(char *))) == NULL)
		return -1;
	if (l->fix == NULL && (l->fix = calloc((size_t)l->nw + 1,
	    sizeof(int))) == NULL)
		return -1;
	if ((l->own[i] = strdup(l->w[i])) == NULL)
		return -1;
	l->fix[i] = lr_x_six_of_o(l->own[i]);
	l->w[i] = l->own[i];
	return 0;
}

int
lr_cline_fixed(const lr_cline *l, int a, int b)
{
	int n = 0;

	for (; l->fix != NULL && a < b && a < l->nw; a++)
		n += l->fix[a];
	return n;
}

double
lr_cline_wconf(const lr_cline *l, int a, int b)
{
	double low = 1;

	for (; a < b && a < l->nw; a++)
		low = l->wc != NULL && l->wc[a] < low ? l->wc[a] : low;
	return l->wc != NULL ? low : l->conf;
}

static int
cline_of(const lr_line *ln, int page, lr_page_kind kind, lr_cline *l)
{
	double sum = 0;

	l->ln = ln, l->page = page, l->kind = kind, l->nw = ln->nwords;
	l->w = calloc((size_t)ln->nwords + 1, sizeof(char *));
	l->fw = calloc((size_t)ln->nwords + 1, sizeof(char *));
	l->wc = calloc((size_t)ln->nwords + 1, sizeof(double));
	if (l->w == NULL || l->fw == NULL || l->wc == NULL)
		return -1;
	for (int i = 0; i < ln->nwords; i++) {
		double q = ln->words[i].conf;
		l->w[i] = ln->words[i].text;
		if (strchr(l->w[i], '\xc3') != NULL &&
		    strpbrk(l->w[i], "0123456789") != NULL) {
			if (six_word(l, i) != 0)
				return -1;
			if (strcmp(l->w[i], ln->words[i].text) != 0 &&
			    q > LR_SIX_CONF)
				q = LR_SIX_CONF;
		}
		if (ln->words[i].red == LR_RED_OVER && q > RED_OVER_CONF)
			q = RED_OVER_CONF;
		if ((l->fw[i] = lr_x_fold(l->w[i])) == NULL &&
		    (l->fw[i] = strdup("")) == NULL)
			return -1;
		sum += q;
		l->wc[i] = q / 100;
	}
	l->conf = ln->nwords > 0 ? sum / ln->nwords / 100 : 0;
	return tokens_of(l);
}

/* On a spread (two pages side by side) whose kind is not the register's,
 * the lines of v (n, one page's) in the half where the register's heading
 * stands, from it down, are the register's. */
static void
spread_register(const lr_extractor *x, const lr_page_words *p, lr_cline *v,
    int n)
{
	const lr_certdata *d = lr_x_certdata(x);
	int at = -1, left;

	for (int i = 0; at < 0 && i < n; i++)
		for (size_t k = 0; at < 0 && k < d->nparts; k++)
			if (strcmp(d->parts[k].what, "changes") == 0 &&
			    lr_cline_starts(&v[i], d->parts[k].phrase) >= 0)
				at = i;
	if (at < 0)
		return;
	left = v[at].ln->x < p->width / 2;
	for (int i = at; i < n; i++)
		if ((v[i].ln->x < p->width / 2) == left &&
		    v[i].ln->y >= v[at].ln->y)
			v[i].kind = LR_PAGE_CERT_CHANGES;
}

/* The right end of the word before index e of l (e > 0). */
static int
end_before(const lr_cline *l, int e)
{
	const lr_word *w = &l->ln->words[e - 1];

	return w->x + w->w;
}

/* The vertical rule of p between x a and x b (b 0: no bound) nearest to
 * a, tall as at least two lines; its x, or 0. */
static int
rule_between(const lr_page_words *p, int a, int b)
{
	int best = 0;

	for (int i = 0; i < p->nrules; i++) {
		const lr_rule *u = &p->rules[i];
		if (u->h > 4 * u->w && u->h >= 80 && u->x > a &&
		    (b == 0 || u->x < b) && (best == 0 || u->x < best))
			best = u->x;
	}
	return best;
}

/* The change register's columns on page p (its lines v[0..n)): the
 * headings "Nội dung thay đổi và cơ sở pháp lý" and "Xác nhận của cơ
 * quan ..." stand centred over the content and the confirmation; the
 * confirmation's left edge is the rule between them, else the middle of
 * the gap between them.  Written into each line's edge; 0 when the
 * content's heading is not read. */
static void
register_edge(const lr_page_words *p, lr_cline *v, int n)
{
	int a = 0, b = 0, e, edge;

	for (int i = 0; i < n; i++) {
		if (a == 0 && (e = lr_cline_find(&v[i], "phap ly", 0)) > 0)
			a = end_before(&v[i], e);
		if (b == 0 && (e = lr_cline_at(&v[i], "xac nhan", 0)) >= 0)
			b = v[i].ln->words[e].x;
	}
	if (a == 0 || (b != 0 && b <= a))
		return;
	if ((edge = rule_between(p, a, b)) == 0 && b != 0)
		edge = (a + b) / 2;
	for (int i = 0; i < n; i++)
		v[i].edge = edge;
}

/* Is line a a label's cell, b its value's cell beside it on its row (a
 * ruled table of two columns read cell by cell): a of one to five words,
 * no figure and not in capitals (no header's "ỦY BAN NHÂN DÂN"); b
 * starting right of a's end, their heights overlapping by half the
 * smaller's at least? */
static int
cell_pair(const lr_line *a, const lr_line *b)
{
	int top = a->y > b->y ? a->y : b->y;
	int bottom = a->y + a->h < b->y + b->h ? a->y + a->h : b->y + b->h;
	int low = a->h < b->h ? a->h : b->h, lower = 0;

	if (a->nwords < 1 || a->nwords > 5 || b->nwords < 1 ||
	    b->x <= a->x + a->w || 2 * (bottom - top) < low)
		return 0;
	for (int i = 0; i < a->nwords; i++) {
		const char *t = a->words[i].text;
		if (strpbrk(t, "0123456789") != NULL)
			return 0;
		lower |= lr_case_of(t) != LR_CASE_CAPS && lr_alnums(t) > 0;
	}
	return lower;
}

/* Lines a and b as one line kept in c (its words' text borrowed); NULL
 * when out of memory. */
static const lr_line *
joined(lr_clines *c, const lr_line *a, const lr_line *b)
{
	lr_line *j = &c->joined[c->njoined];
	int n = a->nwords + b->nwords;

	*j = *a;
	if ((j->words = calloc((size_t)n, sizeof(*j->words))) == NULL)
		return NULL;
	memcpy(j->words, a->words, (size_t)a->nwords * sizeof(*j->words));
	memcpy(j->words + a->nwords, b->words, (size_t)b->nwords *
	    sizeof(*j->words));
	j->nwords = n, j->cap = (size_t)n;
	j->w = b->x + b->w - a->x;
	if (b->y < j->y)
		j->h += j->y - b->y, j->y = b->y;
	if (b->y + b->h > j->y + j->h)
		j->h = b->y + b->h - j->y;
	c->njoined++;
	return j;
}

int
lr_clines_of(const lr_extractor *x, const lr_doc_words *d, lr_clines *c)
{
	lr_page_class prev, cls;
	int total = 0;

	for (int i = 0; i < d->npages; i++)
		total += d->pages[i].nlines;
	c->n = 0;
	if ((c->v = calloc((size_t)total + 1, sizeof(*c->v))) == NULL)
		return -1;
	c->joined = calloc((size_t)total + 1, sizeof(*c->joined));
	c->njoined = 0;
	if (c->joined == NULL)
		return -1;
	for (int i = 0; i < d->npages; i++) {
		const lr_page_words *p = &d->pages[i];
		int first = c->n;
		lr_extract_page_kind(x, p, i > 0 ? &prev : NULL, &cls);
		prev = cls;
		for (int k = 0; k < p->nlines; k++) {
			const lr_line *ln = &p->lines[k];
			if (!cls.spread && cls.kind != LR_PAGE_CERT_CHANGES &&
			    k + 1 < p->nlines && cell_pair(ln, ln + 1)) {
				if ((ln = joined(c, ln, ln + 1)) == NULL)
					return -1;
				k++;
			}
			if (cline_of(ln, p->n, cls.kind, &c->v[c->n++]) != 0)
				return -1;
		}
		if (cls.spread && cls.kind != LR_PAGE_CERT_CHANGES)
			spread_register(x, p, c->v + first, c->n - first);
		register_edge(p, c->v + first, c->n - first);
	}
	return 0;
}

void
lr_cline_release(lr_cline *l)
{
	for (int k = 0; l->fw != NULL && k < l->nw; k++)
		free(l->fw[k]);
	for (int k = 0; l->t != NULL && k < l->nt; k++)
		free(l->t[k]);
	for (int k = 0; l->own != NULL && k < l->nw; k++)
		free(l->own[k]);
	free(l->own), free(l->fix), free(l->wc);
	free(l->fw), free(l->w);
	free(l->t), free(l->tw);
	memset(l, 0, sizeof(*l));
}

void
lr_clines_free(lr_clines *c)
{
	for (int i = 0; i < c->n; i++)
		lr_cline_release(&c->v[i]);
	for (int i = 0; i < c->njoined; i++)
		free(c->joined[i].words);
	free(c->v), free(c->joined);
	c->v = NULL, c->n = 0;
	c->joined = NULL, c->njoined = 0;
}

int
lr_cline_span(const lr_cline *v, int n, int a, int b, lr_cline *out)
{
	int total = 0;
	double sum = 0;

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < n; i++)
		total += v[i].nw;
	out->ln = v[0].ln, out->page = v[0].page, out->kind = v[0].kind;
	out->edge = v[0].edge;
	out->w = calloc((size_t)total + 1, sizeof(char *));
	out->fw = calloc((size_t)total + 1, sizeof(char *));
	out->fix = calloc((size_t)total + 1, sizeof(int));
	out->wc = calloc((size_t)total + 1, sizeof(double));
	if (out->w == NULL || out->fw == NULL || out->fix == NULL ||
	    out->wc == NULL)
		return lr_cline_release(out), -1;
	for (int i = 0, k = 0; i < n; i++)
		for (int j = 0; j < v[i].nw; j++, k++) {
			if (k < a || k >= b)
				continue;
			out->fix[out->nw] = lr_cline_fixed(&v[i], j, j + 1);
			out->wc[out->nw] = v[i].wc != NULL ? v[i].wc[j] :
			    v[i].conf;
			out->w[out->nw] = v[i].w[j];
			if ((out->fw[out->nw++] = strdup(v[i].fw[j])) == NULL)
				return lr_cline_release(out), -1;
			sum += v[i].conf;
		}
	out->conf = out->nw > 0 ? sum / out->nw : 0;
	if (tokens_of(out) != 0)
		return lr_cline_release(out), -1;
	return 0;
}

/* The bytes of phrase p (folded words) that token t stands for: one
 * word, or two or more of them OCR read without the spaces between them
 * ("datso" for "dat so"); 0 when t is none of these. */
static size_t
glued_words(const char *t, const char *p)
{
	size_t i = 0;

	for (; *t != '\0'; t++, i++) {
		if (p[i] == ' ')
			i++;	/* a space OCR lost */
		if (p[i] != *t)
			return 0;
	}
	return p[i] == ' ' || p[i] == '\0' ? i : 0;
}

/* Does phrase p (folded words) start at token k of l?  The word after
 * its last token, or -1. */
static int
match_at(const lr_cline *l, const char *p, int k)
{
	while (*p != '\0') {
		size_t n = k < l->nt ? glued_words(l->t[k], p) : 0;
		if (n == 0)
			return -1;
		p += n + (p[n] == ' ');
		k++;
	}
	return l->tw[k - 1] + 1;
}

int
lr_cline_at(const lr_cline *l, const char *p, int from)
{
	for (int k = 0; k < l->nt; k++)
		if (l->tw[k] >= from && match_at(l, p, k) >= 0)
			return l->tw[k];
	return -1;
}

int
lr_cline_starts(const lr_cline *l, const char *p)
{
	int e = match_at(l, p, 0);

	if (e < 0 && l->nt > 1 && strlen(l->t[0]) <= 3 &&
	    l->tw[1] == l->tw[0] + 1)	/* a numbering, after marks */
		e = match_at(l, p, 1);
	return e;
}

int
lr_cline_find(const lr_cline *l, const char *p, int from)
{
	for (int k = 0; k < l->nt; k++) {
		int e = l->tw[k] >= from ? match_at(l, p, k) : -1;
		if (e >= 0)
			return e;
	}
	return -1;
}

char *
lr_cline_text(const lr_cline *l, int a, int b)
{
	size_t len = 1, n;
	char *s, *o;

	for (int i = a; i < b && i < l->nw; i++)
		len += strlen(l->w[i]) + 1;
	if ((s = calloc(len, 1)) == NULL)
		return NULL;
	for (int i = a; i < b && i < l->nw; i++)
		strcat(strcat(s, s[0] ? " " : ""), l->w[i]);
	for (o = s; *o == ':' || *o == ' '; o++)
		;
	memmove(s, o, strlen(o) + 1);
	while ((n = strlen(s)) > 0 && strchr(".,;: ", s[n - 1]) != NULL)
		s[n - 1] = '\0';
	if (s[0] == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

void
lr_cfield(json_t *obj, const char *key, json_t *value, json_t *fields,
    const char *path, double conf, const lr_cline *l)
{
	char full[160];

	json_object_set_new(obj, key, value);
	snprintf(full, sizeof(full), "certificate.%s", path);
	json_object_set_new(fields, full, json_pack("{s:f,s:i,s:[i,i,i,i]}",
	    "conf", (int)(conf * 100 + .5) / 100.0, "page", l->page, "bbox",
	    l->ln->x, l->ln->y, l->ln->w, l->ln->h));
}

/* A date's number at the start of word w, OCR's letters for digits read
 * as digits ("I0" for 10, "2O16"), counted in *rep; 0 when w starts with
 * no number or it has more letters than digits. */
static int
date_number(const char *w, int *rep)
{
	int v = 0, d, r = 0, n = 0;

	for (; *w != '\0' && (d = lr_ocr_digit(*w, &r)) >= 0; w++, n++)
		v = v * 10 + d;
	if (n == 0 || r == n || r * 2 > n + 1)
		return 0;
	*rep += r;
	return v;
}

/* A day's or month's number in word w: date_number(), or 1 when w is a
 * letter of one upright stroke alone, the figure 1 OCR read as a letter
 * ("tháng I", "tháng Ï"), counted in *rep. */
static int
day_number(const char *w, int *rep)
{
	static const char *const one[] = { "I", "l", "|", "!", "i", "Ï",
	    "ï", "Í", "í", "Ì", "ì", "ỉ", "ị" };

	for (size_t k = 0; k < sizeof(one) / sizeof(*one); k++)
		if (strcmp(w, one[k]) == 0)
			return ++*rep, 1;
	return date_number(w, rep);
}

int
lr_cline_date(const lr_cline *l, char iso[11], int *repaired)
{
	int d = lr_cline_find(l, "ngay", 0), m = lr_cline_find(l, "thang", 0),
	    y = lr_cline_find(l, "nam", 0), rep = 0;

	if (d < 0 || m < 0 || y < 0 || d >= l->nw || m >= l->nw || y >= l->nw)
		return -1;
	int dd = day_number(l->w[d], &rep), mm = day_number(l->w[m], &rep),
	    yy = date_number(l->w[y], &rep);
	if (repaired != NULL)
		*repaired = rep;
	if (dd < 1 || dd > 31 || mm < 1 || mm > 12 || yy < 1980 || yy > 2099)
		return -1;
	snprintf(iso, 11, "%04d-%02d-%02d", yy, mm, dd);
	return 0;
}

/* Does the use form word w ("rieng", "chung") stand in folded f, and not
 * with "Không" after it ("Sử dụng chung: Không m²")? */
static int
use_form_held(const char *f, const char *w)
{
	size_t at;

	if (!lr_x_find(f, w, &at))
		return 0;
	f += at + strspn(f + at, " ");
	return strncmp(f, "khong", 5) != 0;
}

char *
lr_x_use_form(char *v)
{
	char *f = v != NULL ? lr_x_fold(v) : NULL;
	int own = f && use_form_held(f, "rieng"), shared = f &&
	    use_form_held(f, "chung");

	free(f);
	if (own == shared)
		return v;
	free(v);
	return strdup(own ? "Sử dụng riêng" : "Sử dụng chung");
}

/* A series of two letters OCR read in mixed case ("cO 396440", "Cq"):
 * made capitals in t, 1 when t is then a serial; else 0 (t is then no
 * value to keep). */
static int
mixed_series(char *t)
{
	if (!isalpha((unsigned char)t[0]) || !isalpha((unsigned char)t[1]) ||
	    (t[0] & 0x20) == (t[1] & 0x20))
		return 0;
	t[0] = (char)toupper((unsigned char)t[0]);
	t[1] = (char)toupper((unsigned char)t[1]);
	return lr_x_is_serial(t);
}

char *
lr_cline_serial(const lr_cline *l, int a, int end, double *conf)
{
	for (int n = 2; a >= 0 && n >= 1; n--) {
		char *t = a + n <= end ? lr_cline_text(l, a, a + n) : NULL;
		int mixed = t != NULL && !lr_x_is_serial(t) && mixed_series(t);
		if (t != NULL && lr_x_is_serial(t)) {
			if (conf != NULL)
				*conf = lr_cline_wconf(l, a, a + n) *
				    (mixed ? 0.5 : 1);
			return t;
		}
		free(t);
	}
	return NULL;
}

/* ---- The change register ------------------------------------------ */

/* An ISO date from a word "dd/mm/yyyy" (out: 11 bytes); -1 if it is not. */
static int
date_word(const char *w, char out[11])
{
	int d, m, y, n = 0;

	if (sscanf(w, "%2d/%2d/%4d%n", &d, &m, &y, &n) != 3 || n < 8 ||
	    d < 1 || d > 31 || m < 1 || m > 12 || y < 1980 || y > 2099)
		return -1;
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return 0;
}

/* The kind of change a folded entry text tells, or NULL; at_start: only
 * a phrase that begins it. */
static const struct { const char *phrase, *kind; } changes[] = {
	{ "chuyen muc dich", "change-of-use" },
	{ "tach thua", "split-merge" }, { "hop thua", "split-merge" },
	{ "the chap", "mortgage" }, { "giai chap", "mortgage" },
	{ "xoa dang ky the", "mortgage" },	/* its "chấp" misread */
	{ "chuyen nhuong", "transfer" }, { "tang cho", "transfer" },
	{ "thua ke", "transfer" },
	{ "can cuoc", "id-update" }, { "dinh danh", "id-update" },
	{ "chung minh", "id-update" }, { "cmnd", "id-update" },
	{ "giay to nhan than", "id-update" }, { "ho chieu", "id-update" },
};
#define NCHANGE (sizeof(changes) / sizeof(changes[0]))

static const char *
change_kind_at(const char *f, int at_start)
{
	size_t n;

	for (size_t i = 0; i < NCHANGE; i++) {
		const char *p = changes[i].phrase;
		if (at_start ? strncmp(f, p, n = strlen(p)) == 0 &&
		    (f[n] == ' ' || f[n] == '\0') : lr_x_find(f, p, NULL))
			return changes[i].kind;
	}
	return NULL;
}

/* f with its spaces taken out: a new string, or NULL. */
static char *
squeezed(const char *f)
{
	char *s = strdup(f), *o = s;

	for (const char *p = f; s != NULL && *p != '\0'; p++)
		if (*p != ' ')
			*o++ = *p;
	if (s != NULL)
		*o = '\0';
	return s;
}

int
lr_x_head_holds(const char *f, const char *p)
{
	char *sf, *sp;
	int yes;

	if (lr_x_find(f, p, NULL))
		return 1;
	sf = squeezed(f), sp = squeezed(p);
	yes = sf != NULL && sp != NULL && sp[0] != '\0' && strstr(sf, sp);
	free(sf), free(sp);
	return yes;
}

/* The kind of change folded text f tells (at_start: a phrase that begins
 * it), its words read apart by OCR ("t hế chấp", "đị nh danh") taken
 * together when they tell none read as they are. */
static const char *
change_kind_of(const char *f, int at_start)
{
	const char *k = change_kind_at(f, at_start);
	char *s = k == NULL ? squeezed(f) : NULL, *p, *at;

	for (size_t i = 0; s != NULL && k == NULL && i < NCHANGE; i++) {
		if ((p = squeezed(changes[i].phrase)) != NULL &&
		    (at = strstr(s, p)) != NULL && (!at_start || at == s))
			k = changes[i].kind;
		free(p);
	}
	free(s);
	return k;
}

static const char *
change_kind(const char *f)
{
	return change_kind_of(f, 0);
}

/* A decision number in word w ("1930/QĐ-UBND", OCR's "1930/QD-UBND"):
 * a new string written with Đ; NULL when w is none. */
static char *
decision_word(const char *w)
{
	size_t d = strspn(w, "0123456789"), n;
	char *s;

	if (d == 0 || w[d] != '/' || w[d + 1] != 'Q')
		return NULL;
	if (strncmp(w + d + 2, "Đ-", strlen("Đ-")) != 0 &&
	    strncmp(w + d + 2, "D-", 2) != 0)
		return NULL;
	if (asprintf(&s, "%.*sQĐ-%s", (int)d + 1, w, strchr(w + d, '-') + 1) <
	    0)
		return NULL;
	while ((n = strlen(s)) > 0 && strchr(".,;:)", s[n - 1]) != NULL)
		s[n - 1] = '\0';
	return s;
}

/* Is word i of l in the change register's confirmation column (its
 * middle right of the column's edge)? */
static int
confirming(const lr_cline *l, int i)
{
	const lr_word *w = &l->ln->words[i];

	return l->edge > 0 && w->x + w->w / 2 >= l->edge;
}

/* An exchange note's serial: after "cấp đổi" and a certificate's name,
 * the first serial on the line, or one at the head of the next line on
 * its page. */
char *
lr_x_exchange_serial(const lr_clines *c, int i, double *conf, int *next)
{
	const lr_cline *l = &c->v[i], *n = i + 1 < c->n ? l + 1 : NULL;
	int a = lr_cline_find(l, "cap doi", 0), g = -1;
	char *t = NULL;

	*next = 0;
	if (a >= 0 && (g = lr_cline_find(l, "giay chung nhan", a)) < 0)
		g = lr_cline_find(l, "gcn", a);
	for (int k = g; g >= 0 && t == NULL && k < l->nw; k++)
		t = lr_cline_serial(l, k, l->nw, conf);
	if (t == NULL && g >= 0 && n != NULL && n->page == l->page &&
	    n->nw > 0 && (t = lr_cline_serial(n, 0, n->nw, conf)) != NULL)
		*next = 1;
	return t;
}

/* Entry being read: its first line, its text folded, the decision. */
struct entry {
	const lr_cline *first;
	int asked;		/* its confirmation's "ngày" was read */
	char date[11];
	char said[11];		/* the confirmation's date in words */
	double said_conf;
	char *folded;
	char *decision;
	char *serial;		/* an exchange's other certificate */
	double conf, serial_conf;
};

/* The date of e's confirmation from l: a date word in the confirmation
 * column after its "ngày" ("CN. VPĐK ..., ngày" / "17/12/2013"), on this
 * line or one before; taken when e has no date. */
static void
entry_confirmed(struct entry *e, const lr_cline *l)
{
	for (int i = 0; e->date[0] == '\0' && i < l->nw; i++) {
		if (!confirming(l, i))
			continue;
		if (strcmp(l->fw[i], "ngay") == 0)
			e->asked = 1;
		else if (e->asked && date_word(l->w[i], e->date) == 0)
			e->conf = e->conf < l->conf ? e->conf : l->conf;
	}
}

static void
entry_add(struct entry *e, const lr_cline *l, int from)
{
	entry_confirmed(e, l);
	for (int i = from; i < l->nw; i++) {
		char *f = NULL;
		if (e->decision == NULL)
			e->decision = decision_word(l->w[i]);
		if (asprintf(&f, "%s %s", e->folded ? e->folded : "",
		    l->fw[i]) >= 0) {
			free(e->folded);
			e->folded = f;
		}
	}
	e->conf = e->conf < l->conf ? e->conf : l->conf;
	if (e->said[0] == '\0' && lr_cline_date(l, e->said, NULL) == 0)
		e->said_conf = l->conf;
}

static void
entry_flush(struct entry *e, json_t *changes, json_t *fields)
{
	char path[64];
	const char *kind = e->serial != NULL ? "exchange" : e->folded ?
	    change_kind(e->folded) : NULL;
	json_t *c = json_object();
	size_t i = json_array_size(changes);

	if (e->date[0] == '\0' && e->said[0] != '\0') {
		memcpy(e->date, e->said, sizeof(e->date));
		e->conf = e->said_conf < e->conf ? e->said_conf : e->conf;
	}
	snprintf(path, sizeof(path), "changes[%zu].date", i);
	lr_cfield(c, "date", e->date[0] ? json_string(e->date) : json_null(),
	    fields, path, e->date[0] ? e->conf : 0, e->first);
	snprintf(path, sizeof(path), "changes[%zu].kind", i);
	lr_cfield(c, "kind", kind ? json_string(kind) : json_null(), fields,
	    path, kind ? e->conf : 0, e->first);
	snprintf(path, sizeof(path), "changes[%zu].decision", i);
	lr_cfield(c, "decision", e->decision ? json_string(e->decision) :
	    json_null(), fields, path, e->conf, e->first);
	snprintf(path, sizeof(path), "changes[%zu].serial", i);
	if (e->serial != NULL)
		lr_cfield(c, "serial", json_string(e->serial), fields, path,
		    e->serial_conf, e->first);
	json_array_append_new(changes, c);
	free(e->folded), free(e->decision), free(e->serial);
	memset(e, 0, sizeof(*e));
}

/* Flush the entry being read, if any, and open one on l from word from. */
static void
entry_open(struct entry *e, const lr_cline *l, int from, json_t *changes,
    json_t *fields)
{
	if (e->first != NULL)
		entry_flush(e, changes, fields);
	e->first = l, e->conf = 1;
	entry_add(e, l, from);
}

/* The entry being read is an exchange for the certificate of serial sn
 * (stolen), read with confidence conf; flushed at once when whole. */
static void
entry_exchange(struct entry *e, char *sn, double conf, int whole,
    json_t *changes, json_t *fields)
{
	free(e->serial);
	e->serial = sn, e->serial_conf = conf;
	if (whole)
		entry_flush(e, changes, fields);
}

/* The first word of l that is not punctuation alone (OCR's "_" before a
 * date in the register's margin). */
static int
lead(const lr_cline *l)
{
	int i = 0;

	while (i < l->nw - 1 && l->fw[i][0] == '\0')
		i++;
	return i;
}

/* The word of l after the date that opens it outside the confirmation
 * column, the date into date: the date column of an entry l opens
 * ("dd/mm/yyyy"), or the registers that write the date at the head of
 * the entry's text ("Ngày dd/mm/yyyy: Thế chấp ...", "Ngày" a capital's:
 * a sentence's "ngày" wrapped to a line's start is in small letters);
 * -1 when l opens with no date. */
static int
date_opens(const lr_cline *l, char date[11])
{
	int a = l->nw > 0 ? lead(l) : 0;

	if (a + 1 < l->nw && strcmp(l->fw[a], "ngay") == 0 &&
	    lr_case_of(l->w[a]) != LR_CASE_SMALL)
		a++;
	if (a >= l->nw || confirming(l, a) || date_word(l->w[a], date) != 0)
		return -1;
	return a + 1;
}

/* Does l open with a date (into date): see date_opens()? */
static int
dated_line(const lr_cline *l, char date[11])
{
	return date_opens(l, date) >= 0;
}

/* Does l start with a word shaped like a date ("dd/mm/yyyy") that does not
 * read as one (OCR's "I9/09/2025", "[1/11/2003"), outside the confirmation
 * column? */
static int
bad_date(const lr_cline *l)
{
	char date[11];
	const char *w = l->nw > 0 ? l->w[lead(l)] : "";
	const char *a = strchr(w, '/'), *b = a ? strchr(a + 1, '/') : NULL;

	return b != NULL && isdigit((unsigned char)b[1]) &&
	    !confirming(l, lead(l)) && date_word(w, date) != 0;
}

/* Does l tell a kind of change? */
static int
tells_change(const lr_cline *l)
{
	char *t = lr_cline_text(l, 0, l->nw), *f = t ? lr_x_fold(t) : NULL;
	int k = f != NULL && change_kind(f) != NULL;

	free(t), free(f);
	return k;
}

/* Does l open an entry by its wording, its date not read: it begins with
 * a change's words, "Đăng ký" or not ("Thế chấp ...", "Đăng ký thế chấp
 * ...", "Chuyển nhượng ..."), or with "Thay đổi", "Cập nhật", "Xóa đăng
 * ký", "Đính chính", or an owner's title and a change told after it,
 * with a capital (a line in small letters goes on a sentence: "... theo
 * đơn yêu cầu" / "xóa đăng ký của Ngân hàng ...")? */
static int
opens_change(const lr_cline *l)
{
	int a = l->nw > 0 ? lead(l) : 0;
	char *t, *f;

	if (a < l->nw && lr_case_of(l->w[a]) == LR_CASE_SMALL)
		return 0;
	t = lr_cline_text(l, a, l->nw), f = t ? lr_x_fold(t) : NULL;
	static const char *const openers[] = { "thay doi ", "cap nhat ",
	    "xoa dang ky ", "dinh chinh " };
	const char *g = f != NULL && strncmp(f, "dang ky ", 8) == 0 ? f + 8 : f;
	int k = f != NULL && change_kind_of(g, 1) != NULL;

	/* an owner's title first, the change told after the name ("Ông A
	 * đổi CMND số ... sang Căn cước công dân số ...") */
	if (f != NULL && !k && (strncmp(f, "ong ", 4) == 0 ||
	    strncmp(f, "ba ", 3) == 0))
		k = change_kind_of(f, 0) != NULL;

	for (size_t i = 0; f != NULL && i < sizeof(openers) / sizeof(*openers);
	    i++)
		k |= strncmp(f, openers[i], strlen(openers[i])) == 0;

	free(t), free(f);
	return k;
}

/* Does l end in "ngày", its date wrapped onto the next line ("theo Quyết
 * định số 2622/QĐ-UBND ngày" / "12/09/2026 của ...")? */
static int
dated_on(const lr_cline *l)
{
	return l != NULL && l->nw > 0 && strcmp(l->fw[l->nw - 1], "ngay") == 0;
}

/* Does the entry's text on l stop on a word that wants the next line
 * ("... thay cho" / "CMND số ...", "... sang" / "Căn cước ...")?  Its
 * last word left of the confirmation column. */
static int
runs_on(const lr_cline *l)
{
	static const char *const open[] = { "cho", "sang", "thanh", "tai",
	    "so", "cua", "theo", "va", "voi", "bang" };
	int i = l != NULL ? l->nw - 1 : -1;

	while (i >= 0 && confirming(l, i))
		i--;
	for (size_t k = 0; i >= 0 && k < sizeof(open) / sizeof(*open); k++)
		if (strcmp(l->fw[i], open[k]) == 0)
			return 1;
	return 0;
}

/* Does entry e tell its kind yet? */
static int
told(const struct entry *e)
{
	return e->folded != NULL && change_kind(e->folded) != NULL;
}

int
lr_x_cert_orphans(const lr_clines *c)
{
	int n = 0, in_entry = 0;
	char date[11];

	for (int i = 0; i < c->n; i++) {
		const lr_cline *l = &c->v[i];
		if (l->kind != LR_PAGE_CERT_CHANGES)
			continue;
		if (dated_line(l, date) || opens_change(l))
			in_entry = 1;
		else if (bad_date(l) || (!in_entry && tells_change(l)))
			n++;
	}
	return n;
}

int
lr_x_cert_confirmations(const lr_clines *c)
{
	static const char *const offices[] = { "chi nhanh van phong",
	    "van phong dang ky", "uy ban nhan dan" };
	int n = 0;

	for (int i = 0; i < c->n; i++) {
		const lr_cline *l = &c->v[i];
		int a = l->nw > 0 ? lead(l) : 0;
		while (a < l->nw && (!confirming(l, a) || l->fw[a][0] == '\0'))
			a++;	/* the column's first word, the content's
				 * beside it on one line */
		if (l->kind != LR_PAGE_CERT_CHANGES || a >= l->nw)
			continue;
		for (size_t k = 0; k < sizeof(offices) / sizeof(*offices); k++)
			if (lr_cline_at(l, offices[k], a) == a) {
				n++;
				break;
			}
	}
	return n;
}

void
lr_x_cert_changes(const lr_clines *c, json_t *changes, json_t *fields)
{
	struct entry e = { 0 };
	char date[11];
	/* the line before, and the last one of the content's column (a
	 * signature in the confirmation's may stand between "ký ngày" and
	 * its date) */
	const lr_cline *prev = NULL, *text = NULL;

	for (int i = 0; i < c->n; i++) {
		const lr_cline *l = &c->v[i];
		double sc = 0;
		int next = 0;
		char *sn = lr_x_exchange_serial(c, i, &sc, &next);
		if (l->kind != LR_PAGE_CERT_CHANGES) {
			if (sn != NULL) {	/* a note of another part */
				entry_open(&e, l, lead(l), changes, fields);
				entry_exchange(&e, sn, sc, 1, changes, fields);
			}
			i += next;
			continue;
		}
		if (dated_line(l, date) && !dated_on(prev) && !dated_on(text)) {
			entry_open(&e, l, date_opens(l, date), changes, fields);
			memcpy(e.date, date, sizeof(date));
			e.said[0] = '\0';	/* its own date: not yet whole */
		} else if ((sn != NULL && (e.first == NULL || told(&e) ||
		    e.serial != NULL)) || ((e.first == NULL || ((told(&e) ||
		    e.said[0] != '\0') && !runs_on(text))) &&
		    opens_change(l)))	/* dated, the entry is whole */
			entry_open(&e, l, lead(l), changes, fields);
		else if (e.first != NULL)
			entry_add(&e, l, 0);
		if (sn != NULL)
			entry_exchange(&e, sn, sc, 0, changes, fields);
		prev = l;
		if (l->nw > 0 && !confirming(l, lead(l)))
			text = l;
	}
	if (e.first != NULL)
		entry_flush(&e, changes, fields);
}
