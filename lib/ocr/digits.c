/* The numeric words of a page's prose and tables read again one by one
 * with a model of figures, each cut out of the page around its box. */
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "cutout.h"
#include "digits.h"

/* A word is cut out with PAD_X pixels beside its box and a PAD_PART of
 * its height over and under it, and read with BORDER pixels of white
 * around it; MAX_WORDS are read on a page at most, and MAX_DIGITS - 1
 * digits of a word compared. */
enum { PAD_X = 2, PAD_PART = 6, BORDER = 10, MAX_WORDS = 128,
	MAX_DIGITS = 40, MAX_CELLS = 256 };

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Where the figures of s begin: past an opening bracket or quote. */
static const char *
figures_of(const char *s)
{
	while (*s == '(' || *s == '"' || *s == '\'')
		s++;
	return s;
}

/* The digits of the figures (LR_OCR_FIGURES) s begins with into out (n
 * bytes, NUL-ended).  Returns how many. */
static int
lead_digits(const char *s, char *out, int n)
{
	int k = 0;

	for (; *s != '\0' && strchr(LR_OCR_FIGURES, *s) != NULL; s++)
		if (is_digit(*s) && k < n - 1)
			out[k++] = *s;
	out[k] = '\0';
	return k;
}

int
lr_digits_wanted(const lr_word *w)
{
	char d[MAX_DIGITS];

	return !w->hand && !w->red &&
	    lead_digits(figures_of(w->text), d, sizeof(d)) > 0;
}

int
lr_digits_to_read(const lr_page_words *p, int i, int j, const lr_cell *cs,
    int n)
{
	if (!lr_digits_wanted(&p->lines[i].words[j]))
		return 0;
	for (int k = 0; k < n; k++)
		if (cs[k].line == i && j >= cs[k].first &&
		    j < cs[k].first + cs[k].n)
			return 0;
	return 1;
}

/* Put digits d, one for one, in the place of those of s's leading
 * figures. */
static void
put_digits(char *s, const char *d)
{
	for (s = (char *)figures_of(s); *s != '\0' && *d != '\0' &&
	    strchr(LR_OCR_FIGURES, *s) != NULL; s++)
		if (is_digit(*s))
			*s = *d++;
}

int
lr_digits_settle(lr_word *w, const char *text, double conf)
{
	char a[MAX_DIGITS], b[MAX_DIGITS];
	int na = lead_digits(figures_of(w->text), a, sizeof(a));
	int nb = lead_digits(text + strcspn(text, "0123456789"), b, sizeof(b));

	if (nb == 0 || conf < LR_DIGITS_MIN_CONF || strcmp(a, b) == 0)
		return 0;
	w->doubt = 1;
	if (conf > w->conf && na == nb) {
		put_digits(w->text, b);
		w->conf = (float)conf;
	}
	return 1;
}

/* The words of p's lines, one after another without spaces, into buf (n
 * bytes); their mean confidence returned, -1 for none. */
static double
joined(const lr_page_words *p, char *buf, size_t n)
{
	double sum = 0;
	int count = 0;
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < p->nlines; i++)
		for (int j = 0; j < p->lines[i].nwords; j++) {
			const lr_word *w = &p->lines[i].words[j];
			size_t k = strlen(w->text);
			if (len + k < n) {
				memcpy(buf + len, w->text, k + 1);
				len += k;
			}
			sum += w->conf;
			count++;
		}
	return count > 0 ? sum / count : -1;
}

/* Read word w of page with e: its text into buf (n bytes), its
 * confidence returned, -1 when nothing was read, -2 when out of memory. */
static double
read_word(lr_ocr *e, PIX *page, const lr_word *w, char *buf, size_t n)
{
	int pad = w->h / PAD_PART;
	const int box[4] = { w->x - PAD_X, w->y - pad, w->w + 2 * PAD_X,
	    w->h + 2 * pad };
	lr_doc_words *d;
	int ret = lr_cutout_figures(e, page, box, BORDER, &d);
	double conf = ret < 0 ? -2 : ret > 0 ? -1 : joined(&d->pages[0], buf,
	    n);

	lr_words_free(d);
	return conf;
}

int
lr_digits_reread(lr_ocr *e, PIX *page, lr_page_words *p, int timeout_ms,
    lr_err *err)
{
	double end = lr_clock_cpu_ms() + timeout_ms, conf;
	lr_cell cs[MAX_CELLS];
	int read = 0, doubted = 0, n = lr_cells_find(p, cs, MAX_CELLS);
	char buf[256];

	for (int i = 0; i < p->nlines && read < MAX_WORDS; i++) {
		lr_line *l = &p->lines[i];
		for (int j = 0; j < l->nwords && read < MAX_WORDS; j++) {
			if (!lr_digits_to_read(p, i, j, cs, n))
				continue;
			if (timeout_ms > 0 && lr_clock_cpu_ms() >= end)
				return doubted;
			read++;
			if ((conf = read_word(e, page, &l->words[j], buf,
			    sizeof(buf))) < -1) {
				lr_err_sys(err, "out of memory");
				return -1;
			}
			doubted += lr_digits_settle(&l->words[j], buf, conf);
		}
	}
	return doubted;
}
