/* Field extraction, private: the lines of a certificate as its reader
 * sees them (certline.c), words with their folded forms. */
#ifndef LR_CERTLINE_INT_H
#define LR_CERTLINE_INT_H

#include <jansson.h>

#include "extract.h"

typedef struct lr_cline {
	const lr_line *ln;	/* borrowed from the words */
	int page;		/* page number (lr_page_words.n) */
	lr_page_kind kind;	/* of that page */
	double conf;		/* mean word confidence, 0..1 (of wc) */
	int nw;
	char **w;		/* the words as read (a 6 read as ó put
				 * back: lr_x_six_of_o) */
	char **own;		/* those of w it holds (NULL: none) */
	int *fix;		/* the 6s put back in each word (NULL: none) */
	char **fw;		/* folded ("" for punctuation) */
	int nt;
	char **t;		/* the folded words split at spaces */
	int *tw;		/* the word each comes from */
	int edge;		/* on a change register's page: the left edge of
				 * its confirmation column (pixels); 0 unknown */
	double *wc;		/* each word's confidence, 0..1 (a 6 put
				 * back: LR_SIX_CONF; red print over black
				 * text, LR_RED_OVER: at most 0.3) */
} lr_cline;

typedef struct lr_clines {
	lr_cline *v;
	int n;
	lr_line *joined;	/* a label cell's line and its value cell's
				 * beside it, as one (cell_pair()): their
				 * words' text borrowed, the arrays owned */
	int njoined;
} lr_clines;

/* The lines of d, each page classified in turn; on a page that is no
 * spread nor register, a label's cell and the value's cell beside it on
 * its row, read as two lines, as one.  Returns 0, or -1 when out of
 * memory. */
int lr_clines_of(const lr_extractor *x, const lr_doc_words *d, lr_clines *c);
void lr_clines_free(lr_clines *c);

/* Words a..b-1 of the lines v[0..n), counted over them all, as one line
 * into out (an owner's sentence wrapped over lines, or a part of one):
 * its words borrowed from v, its box, page and kind v[0]'s, its confidence
 * its words' lines' mean.  lr_cline_release() frees what it holds.
 * Returns 0, or -1 when out of memory. */
int lr_cline_span(const lr_cline *v, int n, int a, int b, lr_cline *out);

/* Free what a line holds (not the words it borrows), and clear it. */
void lr_cline_release(lr_cline *l);

/* The index of the word after folded phrase p in l, searching from word
 * from; -1 when p is not there. */
int lr_cline_find(const lr_cline *l, const char *p, int from);

/* The index of the word where phrase p begins in l, from word from; -1. */
int lr_cline_at(const lr_cline *l, const char *p, int from);

/* The word after phrase p when l starts with it, after a numbering ("II.",
 * "1.", "a)") or not, after marks of no letter or figure ("|") or not;
 * -1. */
int lr_cline_starts(const lr_cline *l, const char *p);

/* 1 when folded text f, a table's head, names column phrase p (folded):
 * as words (lr_x_find()), or once the spaces are taken out of both, OCR
 * having lost some or run two words together ("thuase" for "Thửa số",
 * "to bando" for "Tờ bản đồ"); else 0. */
int lr_x_head_holds(const char *f, const char *p);

/* How many figures were put back in words a..b-1 of l (6s read as ó:
 * lr_x_six_of_o), for lr_id_repairs(). */
int lr_cline_fixed(const lr_cline *l, int a, int b);

/* The lowest OCR confidence (0..1) of words a..b-1 of l, a 6 put back
 * counting as LR_SIX_CONF: a short value's own, which its line's mean
 * hides (a serial's misread figure on a line read well) or drags down
 * (a serial beside a barcode's marks). */
double lr_cline_wconf(const lr_cline *l, int a, int b);

/* Words a..b-1 of l joined by spaces, with leading ":" and trailing
 * ".,;:" trimmed: a new string; NULL when empty or out of memory. */
char *lr_cline_text(const lr_cline *l, int a, int b);

/* The one or two words of l from word a, before word end, that are a
 * serial ("BN 377758", "BN377758"; its series read in mixed case made
 * capitals, its confidence halved, for review): a new string, its words'
 * lowest confidence into *conf (may be NULL); or NULL. */
char *lr_cline_serial(const lr_cline *l, int a, int end, double *conf);

/* A field of the certificate: value (stolen) at path under
 * "certificate", its confidence, page and line box into fields. */
void lr_cfield(json_t *obj, const char *key, json_t *value, json_t *fields,
    const char *path, double conf, const lr_cline *l);

/* The date l writes in words ("ngày 28 tháng 9 năm 2014") as ISO into
 * iso (11 bytes), OCR's letters for digits ("tháng I0") read as digits and
 * counted in *repaired (may be NULL): 0, or -1 when l holds none. */
int lr_cline_date(const lr_cline *l, char iso[11], int *repaired);

/* How many lines on the change pages of c no entry holds: a line that
 * tells a change or starts with a date unreadable ("I9/09/2025") before the
 * first entry, or such a line inside one. */
int lr_x_cert_orphans(const lr_clines *c);

/* How many confirmations the change pages of c hold: lines whose words
 * in the register's confirmation column (after the content's words on
 * the same line, or none) begin a confirming office's name ("Chi nhánh
 * Văn phòng đăng ký ...", "Văn phòng đăng ký ...", "Ủy ban nhân dân
 * ..."), one an entry. */
int lr_x_cert_confirmations(const lr_clines *c);

/* The serial of the other certificate an exchange note on line i of c
 * names ("Cấp đổi (từ) Giấy chứng nhận số phát hành AK 657649", "Đã cấp
 * đổi sang GCN số CS 123456"): after "cấp đổi" and the words "Giấy chứng
 * nhận" or "GCN", on the line or at the head of the next on its page
 * (*next set to 1, else 0).  A new string, its words' lowest confidence
 * in *conf; NULL when line i is no such note. */
char *lr_x_exchange_serial(const lr_clines *c, int i, double *conf,
    int *next);

/* The change-register entries of the lines in c on change pages, into
 * changes (an array), their fields under "certificate.changes[i]"; an
 * exchange note (lr_x_exchange_serial()) on any page, in its place, an
 * entry of kind "exchange" with the other certificate's "serial" (its
 * date the register's, else none). */
void lr_x_cert_changes(const lr_clines *c, json_t *changes, json_t *fields);

#endif
