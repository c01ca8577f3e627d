/* The OCR engine: Tesseract (LSTM) through its C API, one handle per
 * thread, recognising cleaned pages into lines and words (words.h). */
#ifndef LR_ENGINE_H
#define LR_ENGINE_H

#include <leptonica/allheaders.h>

#include "util/util.h"
#include "record/record.h"

/* An engine handle: Tesseract loaded once, reused for every page.  Not
 * thread-safe: give each thread its own. */
typedef struct lr_ocr lr_ocr;

/* How to set the engine up.  Zero means the default. */
typedef struct lr_ocr_opts {
	const char *tessdata;	/* directory of *.traineddata; NULL: Tesseract's */
	const char *lang;	/* NULL: "vie" */
	int psm;		/* page segmentation mode; 0: 3 (automatic) */
	const char *const *vars;	/* extra "name=value" Tesseract variables */
	int nvars;		/* (applied after ours, so they can undo them) */
} lr_ocr_opts;

/* What one page gave besides its words. */
typedef struct lr_ocr_result {
	double conf;		/* mean word confidence 0..100; -1: no words */
	char *hocr;		/* hOCR of the page when asked; caller frees */
	int timed_out;		/* given up at the deadline */
} lr_ocr_result;

/* Load the engine.  Variables that cost time for nothing on scanned
 * decisions are switched off (tessedit_do_invert=0), and Tesseract's own
 * messages go to /dev/null.  Returns NULL with err set when the language
 * data cannot be loaded or a variable is unknown. */
lr_ocr *lr_ocr_new(const lr_ocr_opts *o, lr_err *err);

/* The engine, its version, data directory, language and variables in one
 * line, for cache keys; borrowed from e. */
const char *lr_ocr_signature(const lr_ocr *e);

/* Recognise pix (borrowed; 1 or 8 bpp, its resolution set) as page n of d:
 * the page, its lines and words are appended to d.  bin (borrowed; NULL:
 * none), the same page as 1 bpp, is what the engine lays out in place of
 * its own thresholding of pix, whose pixels it still reads the lines
 * from; without it a grey pix is laid out on lr_ocr_otsu_view(pix), the
 * engine's own threshold made once and cheaper.  With want_hocr,
 * res->hocr is set.  timeout_ms > 0 gives up on a page that takes longer.
 * Returns 0, or -1 with err set (the page may then have been appended with
 * what was found before the failure). */
int lr_ocr_page(lr_ocr *e, PIX *pix, PIX *bin, int n, int timeout_ms,
    int want_hocr, lr_doc_words *d, lr_ocr_result *res, lr_err *err);

/* How many pages e has recognised whole (lr_ocr_page() calls, each one
 * reading of a page, turned or not) since it was made: what a page's
 * readings cost, counted rather than timed. */
long lr_ocr_pages_read(const lr_ocr *e);

/* Grey page pix (borrowed; 8 bpp, no colour map) as 1 bpp, pixel for
 * pixel as Tesseract's own thresholding (Otsu's method, its default) makes
 * it when handed pix: one level for the page, the one that splits its
 * histogram best, computed in the same order; ink at that level or under,
 * or over it when the dark side holds half the page or more; no ink on a
 * page of one level.  lr_ocr_page() lays a grey page out on it.  Returns
 * a new image (the caller's), or NULL on failure or when pix is not such
 * a page. */
PIX *lr_ocr_otsu_view(PIX *pix);

/* The number of 8-connected blobs of 1 bpp pix (borrowed); -1 on
 * failure. */
double lr_ocr_blob_count(PIX *pix);

/* The number of blobs of the Otsu view of grey page pix (borrowed), the
 * view lr_ocr_page() lays pix out on when handed no bin; -1 when pix has
 * none.  The view is made once for that page and its readings: e keeps
 * it (and holds pix, which must not change meanwhile) until it is asked
 * for another page's, or until lr_ocr_forget(). */
double lr_ocr_otsu_blobs(lr_ocr *e, PIX *pix);

/* Let go of what e keeps of the last page read (lr_ocr_otsu_blobs()). */
void lr_ocr_forget(lr_ocr *e);

/* How many Otsu views of grey pages e has made since it was made (for
 * lr_ocr_page() handed no bin, and lr_ocr_otsu_blobs()): what the views
 * cost, counted rather than timed. */
long lr_ocr_views_made(const lr_ocr *e);

/* Recognise each of the n boxes (x, y, w, h in pix, borrowed) of pix as
 * one line of text, and insert into p each line that holds a word of two
 * letters or more, no letter outside the Latin alphabet and its marks, and
 * whose words' mean confidence is at least min_conf, at the end of p (see
 * lr_words_sort_lines()).  For text the page layout left unread.  With
 * timeout_ms > 0, the boxes not read by then are left unread.  Returns
 * the number of lines inserted, or -1 with err set. */
int lr_ocr_lines(lr_ocr *e, PIX *pix, const int (*boxes)[4], int n,
    double min_conf, int timeout_ms, lr_page_words *p, lr_err *err);

/* Recognise pix (borrowed; a small crop, its resolution set or taken as
 * 300 dpi) as one line, only the characters of whitelist when it is not
 * NULL, appending its words (boxes in pix) to p.  Returns 0, or -1 when
 * out of memory. */
int lr_ocr_snippet(lr_ocr *e, PIX *pix, const char *whitelist,
    lr_page_words *p);

/* The characters of figures: digits, their separators and spaces. */
#define LR_OCR_FIGURES "0123456789.,/ "

/* Recognise pix (borrowed; a small crop, its resolution set or taken as
 * 300 dpi) as one line of figures, appending its words (boxes in pix) to
 * p: with Tesseract's English data when it is beside e's language data
 * (loaded on first use; digits read better), its characters not limited
 * (limited to figures, a rule's remains by a cell's border read as none
 * gave the digits beside it a confidence of 0), else with e's own limited
 * to LR_OCR_FIGURES as lr_ocr_snippet() does.  The caller keeps the words
 * that are figures.  Returns 0, or -1 when out of memory. */
int lr_ocr_figures(lr_ocr *e, PIX *pix, lr_page_words *p);

/* Load the data lr_ocr_figures() reads with now, not on first use (see
 * lr_ocr_load_osd()). */
void lr_ocr_load_figures(lr_ocr *e);

/* 1 when e has loaded the data lr_ocr_figures() reads with, else 0. */
int lr_ocr_figures_loaded(const lr_ocr *e);

/* The confidence of Tesseract's orientation detection that is sure. */
#define LR_OSD_SURE 2.0

/* How many quarter turns clockwise make the text of pix (borrowed)
 * upright, by Tesseract's orientation detection (osd.traineddata, loaded on
 * first use), its confidence at least min_conf (LR_OSD_SURE: sure; lower:
 * a guess).  Returns 0..3, or -1 with err set when it cannot tell. */
int lr_ocr_orientation(lr_ocr *e, PIX *pix, double min_conf, lr_err *err);

/* Load e's orientation data now, not when a page first needs it: a page
 * read apart (lr_ocrpage_opts.apart), in a child process, then finds it
 * loaded rather than loading it for itself. */
void lr_ocr_load_osd(lr_ocr *e);

/* 1 when e can detect orientation (osd.traineddata is beside its language
 * data; it is loaded when a page first needs it), else 0. */
int lr_ocr_can_orient(lr_ocr *e);

/* The text of a page: its lines joined by newlines, the eth OCR reads for
 * Đ put back (lr_eth_fix(): "QĐÐ-UB" -> "QĐ-UB"; the words keep what was
 * read, so that extraction still doubts a doubled letter), and the area
 * unit m² read as "m2" put back (lr_area_unit_fix()).  The caller
 * frees it; NULL when out of memory. */
char *lr_ocr_page_text(const lr_page_words *p);

/* Free the engine. */
void lr_ocr_free(lr_ocr *e);

#endif
