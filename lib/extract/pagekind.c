/* Page kinds: what each page of a file is (decision, certificate page,
 * submission, form ...), from its title lines, labels and shape, by the
 * rules of schemas/page-kinds.tsv. */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract-private.h"
#include "data-int.h"
#include "pagekind-int.h"
#include "cert-int.h"
#include "text/text.h"

/* An owners' heading's weight (2), and a spread's point: the score that
 * tells the owners' page beside the register on a spread. */
#define SPREAD_OWNER 3

enum where { W_TITLE, W_SUBJECT, W_CAPS, W_HEADING, W_START, W_ANY, W_SERIAL,
	W_NEXT, W_BODY, W_FIRST, W_ATTACHED };

struct rule {
	int kind;		/* lr_page_kind; -1 from W_NEXT on */
	double weight;
	enum where where;
	char *phrase;		/* folded (lr_x_fold()), "#" a number */
};

struct lr_pagerules {
	struct rule *v;
	int n;
	size_t cap;
};

static const char *const kind_names[LR_PAGE_KINDS] = {
	"decision", "submission", "certificate-owner", "certificate-parcel",
	"certificate-changes", "form", "fee-notice", "letter", "other"
};

static const char *const where_names[] = {
	"title", "subject", "caps", "heading", "start", "any", "serial", "next",
	"body", "first", "attached"
};

const char *
lr_page_kind_name(lr_page_kind k)
{
	return k >= 0 && k < LR_PAGE_KINDS ? kind_names[k] : "other";
}

int
lr_page_kind_of(const char *name)
{
	for (int k = 0; name != NULL && k < LR_PAGE_KINDS; k++)
		if (strcmp(name, kind_names[k]) == 0)
			return k;
	return -1;
}

int
lr_page_kind_is_cert(lr_page_kind k)
{
	return k == LR_PAGE_CERT_OWNER || k == LR_PAGE_CERT_PARCEL ||
	    k == LR_PAGE_CERT_CHANGES;
}

static int
rule_row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_pagerules *r = ctx;
	struct rule u = { .kind = -1 };
	int w;

	if (nf != 4) {
		lr_err_set(err, "want kind, weight, where and phrase");
		return -1;
	}
	for (w = 0; w <= W_ATTACHED && strcmp(f[2], where_names[w]) != 0; w++)
		;
	u.where = (enum where)w;
	if (w > W_ATTACHED || ((u.kind = lr_page_kind_of(f[0])) < 0) !=
	    (w >= W_NEXT)) {
		lr_err_set(err, "unknown kind '%s' or place '%s'", f[0], f[2]);
		return -1;
	}
	u.weight = atof(f[1]);
	if (lr_reserve(&r->v, &r->cap, (size_t)r->n, sizeof(*r->v), 32) != 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	if ((u.phrase = lr_x_fold(f[3])) == NULL) {
		lr_err_set(err, "phrase not UTF-8");
		return -1;
	}
	r->v[r->n++] = u;
	return 0;
}

lr_pagerules *
lr_pagerules_load(const char *dir, lr_err *err)
{
	lr_pagerules *r = calloc(1, sizeof(*r));

	if (r == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (lr_x_read_schema(dir, "page-kinds.tsv", rule_row, r, err) != 0) {
		lr_pagerules_free(r);
		r = NULL;
	}
	return r;
}

void
lr_pagerules_free(lr_pagerules *r)
{
	if (r == NULL)
		return;
	for (int i = 0; i < r->n; i++)
		free(r->v[i].phrase);
	free(r->v);
	free(r);
}

char *
lr_x_fold(const char *s)
{
	char *a = lr_ascii(s), *o = a;

	if (a == NULL)
		return NULL;
	for (const char *p = a; *p != '\0'; p++) {
		int c = (unsigned char)*p;
		if (!isalnum(c))
			c = ' ';
		if (c == ' ' && (o == a || o[-1] == ' '))
			continue;
		*o++ = (char)c;
	}
	if (o > a && o[-1] == ' ')
		o--;
	*o = '\0';
	return a;
}

/* ---- Matching ----------------------------------------------------- */

/* A line of the page as the rules see it. */
struct pline {
	char *text;		/* as read */
	char *f;		/* folded */
	const char *body;	/* f after a numbering ("ii ", "1 ", "a ") */
	int numbered;
	int caps, upper;	/* written in capitals; in the upper half */
	int top;		/* in the upper third */
	int y;
};

/* The end of phrase p ("#" any run of digits) in folded text s when s
 * starts with it at a word's end; NULL. */
static const char *
prefix_end(const char *s, const char *p)
{
	while (*p != '\0') {
		if (*p == '#') {
			if (!isdigit((unsigned char)*s))
				return NULL;
			while (isdigit((unsigned char)*s))
				s++;
			p++;
		} else if (*s++ != *p++)
			return NULL;
	}
	return *s == '\0' || *s == ' ' ? s : NULL;
}

static int
starts_with(const char *s, const char *p)
{
	return prefix_end(s, p) != NULL;
}

int
lr_x_find(const char *s, const char *p, size_t *end)
{
	const char *e;

	for (const char *t = s; *t != '\0'; t++)
		if ((t == s || t[-1] == ' ') && (e = prefix_end(t, p)) != NULL) {
			if (end != NULL)
				*end = (size_t)(e - s);
			return 1;
		}
	return 0;
}

/* A numbering at the start of folded line f: a roman numeral to vi, a
 * number, or one letter; the rest after it, or NULL. */
static const char *
after_numbering(const char *f)
{
	static const char *const roman[] = { "i", "ii", "iii", "iv", "v",
	    "vi" };
	size_t n = strcspn(f, " ");
	int ok = n == 1 && isalpha((unsigned char)f[0]);

	for (size_t k = 0; !ok && k < 6; k++)
		ok = strlen(roman[k]) == n && strncmp(f, roman[k], n) == 0;
	for (size_t k = 0; !ok && k < n && isdigit((unsigned char)f[k]); k++)
		ok = k + 1 == n && n <= 2;
	return ok && f[n] == ' ' ? f + n + 1 : NULL;
}

size_t
lr_x_serial_letters(const char *s, int *letters)
{
	size_t at = 0;

	*letters = 0;
	for (size_t n = 1; n > 0; *letters += n > 0, at += n)
		n = isupper((unsigned char)s[at]) ? 1 : strncmp(s + at, "Đ",
		    2) == 0 ? 2 : 0;
	return at;
}

int
lr_x_is_serial(const char *t)
{
	int letters, digits = 0;

	while (*t == ' ')
		t++;
	t += lr_x_serial_letters(t, &letters);
	if (*t == ' ')
		t++;
	for (; isdigit((unsigned char)*t); t++)
		digits++;
	while (*t == ' ')
		t++;
	return letters >= 1 && letters <= 2 && digits >= 6 && digits <= 8 &&
	    *t == '\0';
}

/* The text of heading l after its numbering, read or misread ("IL." or
 * "IH." for "II.": a first word of up to three characters ending in "."
 * or ")" as written); NULL when l is not numbered. */
static const char *
heading_text(const struct pline *l)
{
	size_t n = strcspn(l->f, " "), w = strcspn(l->text, " ");

	if (l->numbered)
		return l->body;
	return n <= 3 && l->f[n] == ' ' && w >= 2 && w <= 4 &&
	    strchr(".)", l->text[w - 1]) != NULL ? l->f + n + 1 : NULL;
}

static int
hits(const struct rule *u, const struct pline *l)
{
	const char *h;

	switch (u->where) {
	case W_TITLE:
		return l->caps && l->upper && starts_with(l->f, u->phrase) &&
		    l->text[strlen(l->text) - 1] != ':';
	case W_SUBJECT:	/* in the title block, the page's upper third */
		return l->top && starts_with(l->f, u->phrase);
	case W_CAPS:
		return l->caps && strcmp(l->f, u->phrase) == 0;
	case W_HEADING:
		return (h = heading_text(l)) != NULL && starts_with(h, u->phrase);
	case W_START:
	case W_NEXT:
	case W_BODY:
	case W_ATTACHED:
		return starts_with(l->body, u->phrase) ||
		    starts_with(l->f, u->phrase);
	case W_ANY:
	case W_FIRST:
		return lr_x_find(l->f, u->phrase, NULL);
	case W_SERIAL:
		return lr_x_is_serial(l->text);
	}
	return 0;
}

static int
pline_of(const lr_page_words *p, const lr_line *ln, struct pline *l)
{
	const char *b;

	memset(l, 0, sizeof(*l));
	if ((l->text = lr_line_text(ln)) == NULL || (l->f = lr_x_fold(l->text)) ==
	    NULL || l->text[0] == '\0')
		return -1;
	b = after_numbering(l->f);
	l->numbered = b != NULL;
	l->body = b != NULL ? b : l->f;
	l->caps = lr_case_of(l->text) == LR_CASE_CAPS && lr_alnums(l->text) >= 4;
	l->upper = p->height <= 0 || ln->y < p->height / 2;
	l->top = p->height <= 0 || ln->y < p->height / 3;
	l->y = ln->y;
	return 0;
}

/* What the rules say of p: scores per kind, the kinds with a title hit
 * above the body (a title below the body's first line is the body's word:
 * "QUYẾT ĐỊNH" after the "Căn cứ" lines, its colon lost), whether a "next"
 * rule hit, whether the page opens as a document's first page (its header,
 * the national motto, in the upper third) or says it is attached to one,
 * and whether the change register's heading is on the page (register) with
 * lines under it that no rule names (entries: lines of four words or
 * more). */
struct evidence {
	double score[LR_PAGE_KINDS];
	int titled[LR_PAGE_KINDS];
	int heading_y[LR_PAGE_KINDS];	/* a kind's first heading (INT_MAX) */
	int next, first, attached;
	int next_y;		/* the first "next" line (INT_MAX none) */
	int body_y;		/* the body's first line (INT_MAX none) */
	int register_, entries;
	int plan;		/* a parcel's heading above the register's
				 * (plan_line()) */
	int worded;		/* lines with three letters or figures */
};

/* Weigh the rules that hit line l into e (each rule once a page, seen);
 * whether any rule hit, seen or not.  *titles holds the kinds whose title
 * the line above is (a bit each) and gets this line's: a title of another
 * kind right under a title goes on it ("ĐƠN ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN"
 * over "QUYỀN SỬ DỤNG ĐẤT") and counts for none. */
static int
weigh(const lr_pagerules *r, const struct pline *l, char *seen,
    unsigned *titles, struct evidence *e)
{
	unsigned above = *titles;
	int any = 0;

	*titles = 0;
	for (int k = 0; k < r->n; k++) {
		const struct rule *u = &r->v[k];
		if (!hits(u, l))
			continue;
		if (u->where == W_TITLE && above != 0 &&
		    !(above & 1u << u->kind)) {
			*titles |= above;
			continue;
		}
		if (u->where == W_TITLE)
			*titles |= 1u << u->kind;
		any = 1;
		if (u->where == W_NEXT && l->y < e->next_y)
			e->next_y = l->y;
		if (u->where == W_HEADING && l->y < e->heading_y[u->kind])
			e->heading_y[u->kind] = l->y;
		if (seen[k])
			continue;
		seen[k] = 1;
		e->next |= u->where == W_NEXT;
		e->first |= u->where == W_FIRST && l->top && l->y < e->body_y;
		e->attached |= u->where == W_ATTACHED;
		if (u->kind >= 0)
			e->score[u->kind] += u->weight;
		if ((u->where == W_TITLE || u->where == W_SUBJECT) &&
		    u->kind >= 0 && l->y < e->body_y)
			e->titled[u->kind] = 1;
		if (u->kind == LR_PAGE_CERT_CHANGES)
			e->register_ = 1;
	}
	return any;
}

static int
nwords(const char *f)
{
	int n = *f != '\0';

	for (; *f != '\0'; f++)
		n += *f == ' ';
	return n;
}

/* Is l a page's number above its text ("2", "- 3 -", "Trang 2"): a
 * number from 2, alone on the page's top line, in its upper tenth? */
static int
page_number(const lr_page_words *p, const struct pline *l)
{
	const char *d = strncmp(l->f, "trang ", 6) == 0 ? l->f + 6 : l->f;
	size_t n = strspn(d, "0123456789");

	return n >= 1 && n <= 2 && d[n] == '\0' && atoi(d) >= 2 &&
	    (p->height <= 0 || l->y < p->height / 10);
}

/* Does l begin the body of a document ("next" and "body" rules)? */
static int
body_line(const lr_pagerules *r, const struct pline *l)
{
	for (int k = 0; k < r->n; k++)
		if ((r->v[k].where == W_NEXT || r->v[k].where == W_BODY) &&
		    hits(&r->v[k], l))
			return 1;
	return 0;
}

/* The lines of p as the rules see them (*n of them, those read); NULL
 * when out of memory. */
static struct pline *
plines_of(const lr_page_words *p, int *n)
{
	struct pline *v = calloc((size_t)p->nlines + 1, sizeof(*v));

	*n = 0;
	for (int i = 0; v != NULL && i < p->nlines; i++) {
		if (pline_of(p, &p->lines[i], &v[*n]) == 0)
			(*n)++;
		else
			free(v[*n].text), free(v[*n].f);
	}
	return v;
}

/* The y of the body's first line on the page: a "next" or "body" line,
 * or the page's number on its top line. */
static int
body_top(const lr_pagerules *r, const lr_page_words *p,
    const struct pline *v, int n)
{
	int top = INT_MAX, first = 0;

	for (int i = 0; i < n; i++) {
		if (v[i].y < v[first].y)
			first = i;
		if (v[i].y < top && body_line(r, &v[i]))
			top = v[i].y;
	}
	if (n > 0 && page_number(p, &v[first]) && v[first].y < top)
		top = v[first].y;
	return top;
}

/* Is l a heading of the parcel's part ("III. Sơ đồ thửa đất"), its
 * numbering read or misread ("IH.": a short first word)? */
static int
plan_line(const lr_pagerules *r, const struct pline *l)
{
	for (int k = 0; k < r->n; k++)
		if (r->v[k].kind == LR_PAGE_CERT_PARCEL && r->v[k].where ==
		    W_HEADING && hits(&r->v[k], l))
			return 1;
	return 0;
}

static void
gather(const lr_pagerules *r, const lr_page_words *p, struct evidence *e)
{
	char *seen = calloc((size_t)r->n + 1, 1);
	int n;
	unsigned titles = 0;
	struct pline *v = plines_of(p, &n);

	memset(e, 0, sizeof(*e));
	e->next_y = INT_MAX;
	for (int k = 0; k < LR_PAGE_KINDS; k++)
		e->heading_y[k] = INT_MAX;
	e->body_y = v != NULL ? body_top(r, p, v, n) : INT_MAX;
	for (int i = 0; seen != NULL && v != NULL && i < n; i++) {
		int under = e->register_;
		e->worded += lr_alnums(v[i].text) >= 3;
		e->plan |= !under && plan_line(r, &v[i]);
		if (!weigh(r, &v[i], seen, &titles, e) && under &&
		    nwords(v[i].f) >= 4)
			e->entries++;
	}
	for (int i = 0; v != NULL && i < n; i++)
		free(v[i].text), free(v[i].f);
	free(v);
	free(seen);
}

/* The kind of a paper's title block over best when best has no title
 * there: a paper that is no certificate is what its title says (a
 * "PHIẾU" or "BIÊN BẢN" that speaks of fees or cites a decision is a
 * form), the titled kind of the highest score; else best. */
static int
titled_kind(const struct evidence *e, int best)
{
	int t = -1;

	if (e->titled[best])
		return best;
	for (int k = 0; k < LR_PAGE_KINDS; k++)
		if (e->titled[k] && !lr_page_kind_is_cert((lr_page_kind)k) &&
		    (t < 0 || e->score[k] > e->score[t]))
			t = k;
	return t >= 0 ? t : best;
}

/* The kind the evidence e gives a page, spread or not: the title block's
 * kind (titled_kind()), else the best score;
 * on a spread (two pages side by side) a certificate's title page before
 * the page beside it; a change register with no entry under its heading
 * on a page that shows the parcel is the parcel's page; a parcel's page
 * whose owners' heading stands above the parcel's is the owners' page
 * (the first page of the forms that print both). */
static int
best_of(const struct evidence *e, int spread)
{
	int best = LR_PAGE_OTHER;

	for (int k = 0; k < LR_PAGE_KINDS; k++)
		if (e->score[k] > e->score[best])
			best = k;
	best = titled_kind(e, best);
	for (int k = 0; spread && !e->titled[best] && k < LR_PAGE_KINDS; k++)
		if (lr_page_kind_is_cert((lr_page_kind)k) && e->titled[k])
			best = k;
	/* the register beside the owners' page, its heading read ("I. Người
	 * sử dụng đất") though its title is not: the owners' page, and
	 * spread_register() gives the register's half its lines */
	if (spread && best == LR_PAGE_CERT_CHANGES &&
	    e->score[LR_PAGE_CERT_OWNER] >= SPREAD_OWNER)
		best = LR_PAGE_CERT_OWNER;
	if (best == LR_PAGE_CERT_CHANGES && e->entries == 0 &&
	    e->score[LR_PAGE_CERT_PARCEL] > 0)
		best = LR_PAGE_CERT_PARCEL;
	if (best == LR_PAGE_CERT_PARCEL && e->heading_y[LR_PAGE_CERT_OWNER] <
	    e->heading_y[LR_PAGE_CERT_PARCEL])
		best = LR_PAGE_CERT_OWNER;
	return best;
}

/* The kinds of one document: a certificate's pages are one. */
static int
family(lr_page_kind k)
{
	return lr_page_kind_is_cert(k) ? LR_PAGE_CERT_OWNER : (int)k;
}

/* The kind a page with no evidence of its own takes after prev. */
static lr_page_kind
continued(const lr_page_class *prev)
{
	return prev->kind == LR_PAGE_CERT_OWNER ? LR_PAGE_CERT_PARCEL :
	    prev->kind;
}

void
lr_pagerules_kind(const lr_pagerules *r, const lr_page_words *p,
    const lr_page_class *prev, lr_page_class *out)
{
	struct evidence e;
	int best, first;
	double second = 0;

	gather(r, p, &e);
	out->goes_on = 0;
	if (prev != NULL && prev->blank)
		prev = NULL;	/* a blank page ended the document before */
	out->blank = e.worded == 0 && (prev == NULL ||
	    !lr_page_kind_is_cert(prev->kind));
	if (out->blank) {
		/* a separator sheet between papers (a certificate's leaf
		 * with nothing read, its register empty, goes on with it) */
		out->kind = LR_PAGE_OTHER;
		out->conf = 0.6;
		out->starts = 1;
		out->spread = out->shared = 0;
		return;
	}
	out->spread = p->width > 0 && p->width * 4 > p->height * 5;
	for (int k = 0; out->spread && k < LR_PAGE_KINDS; k++)
		if (lr_page_kind_is_cert((lr_page_kind)k) && e.score[k] > 0)
			e.score[k] += 1;
	best = best_of(&e, out->spread);
	for (int k = 0; k < LR_PAGE_KINDS; k++)
		if (k != best && e.score[k] > second)
			second = e.score[k];
	/* a header above a body that opens with a continuing line ("Điều
	 * 3.") is a paper's later page that repeats its header */
	first = e.first && !e.attached && e.next_y > e.body_y;
	if (prev != NULL && !e.titled[best] && !first && (e.score[best] < 2 ||
	    (!lr_page_kind_is_cert((lr_page_kind)best) &&
	    !lr_page_kind_is_cert(prev->kind)))) {
		out->kind = continued(prev);
		out->shared = 0;
		out->conf = e.next ? 0.8 : 0.6;
		out->goes_on = e.next;
		out->starts = 0;
		return;
	}
	out->kind = (lr_page_kind)best;
	out->shared = best == LR_PAGE_CERT_CHANGES && e.plan;
	out->conf = e.score[best] <= 0 ? 0.5 : 0.5 + 0.5 *
	    (e.score[best] - second) / e.score[best] *
	    (e.score[best] >= 4 ? 1 : e.score[best] / 4);
	if (out->conf < 0.1)	/* a kind chosen over a higher score */
		out->conf = 0.1;
	out->starts = prev == NULL || e.titled[best] || first ||
	    family(prev->kind) != family(out->kind) ||
	    (out->kind == LR_PAGE_CERT_OWNER && prev->kind != LR_PAGE_CERT_OWNER);
}

/* Is line l (folded) of four words or more one of the n lines of v? */
static int
line_of(const struct pline *l, const struct pline *v, int n)
{
	for (int i = 0; nwords(l->f) >= 4 && i < n; i++)
		if (strcmp(l->f, v[i].f) == 0)
			return 1;
	return 0;
}

int
lr_page_repeats(const lr_page_words *a, const lr_page_words *b)
{
	int na, nb, same = 0, long_ = 0;
	struct pline *va = plines_of(a, &na), *vb = plines_of(b, &nb);

	for (int i = 0; va != NULL && vb != NULL && i < nb; i++) {
		long_ += nwords(vb[i].f) >= 4;
		same += line_of(&vb[i], va, na);
	}
	for (int i = 0; va != NULL && i < na; i++)
		free(va[i].text), free(va[i].f);
	for (int i = 0; vb != NULL && i < nb; i++)
		free(vb[i].text), free(vb[i].f);
	free(va), free(vb);
	return same >= 5 && same * 3 >= long_ * 2;
}

void
lr_page_kind_goes_on(const lr_page_class *prev, lr_page_class *out)
{
	if (family(prev->kind) != family(out->kind))
		out->kind = continued(prev);
	out->starts = 0;
}
