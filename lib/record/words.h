/* OCR words: the lines and words of each page with boxes and confidences,
 * as the OCR engine gives them and as field extraction reads them. */
#ifndef LR_WORDS_H
#define LR_WORDS_H

#include <jansson.h>

#include "util/util.h"

typedef struct lr_word {
	char *text;		/* UTF-8, NFC */
	float conf;		/* 0..100 */
	int x, y, w, h;		/* box in page pixels, origin top left */
	int hand;		/* written by hand (its ink is a pen's, see
				 * lr_ocrpage_run()) */
	int red;		/* read from red print (lr_red_read()):
				 * LR_RED_PRINT, or LR_RED_OVER when the
				 * red stood over words read before (a seal
				 * or stamp over black text); 0 not */
	int doubt;		/* its figures read otherwise by a model of
				 * figures (lr_digits_reread()): 1, else 0 */
} lr_word;

enum { LR_RED_PRINT = 1, LR_RED_OVER = 2 };

/* The kind of block of the page a line stands in (lr_words_layout). */
typedef enum lr_block_kind {
	LR_BLOCK_NONE,		/* not laid out (words from before layouts) */
	LR_BLOCK_BODY,		/* the text of the decision, one column */
	LR_BLOCK_HEADER_LEFT,	/* the issuer, its unit and the number */
	LR_BLOCK_HEADER_RIGHT,	/* the national motto, place and date */
	LR_BLOCK_TITLE,		/* centred lines under the header */
	LR_BLOCK_TABLE,		/* lines in three or more aligned columns */
	LR_BLOCK_RECIPIENTS,	/* "Nơi nhận", bottom left */
	LR_BLOCK_SIGNATURE,	/* the signature block, bottom right */
	LR_BLOCK_KINDS
} lr_block_kind;

typedef struct lr_line {
	lr_word *words;
	int nwords;
	size_t cap;
	int x, y, w, h;
	int block;		/* the line's block on its page, from 1; 0 none */
	lr_block_kind kind;	/* and the block's kind */
} lr_line;

/* A ruled line of a table, found on the page before cleanup took it away:
 * a thin box, wide (horizontal) or tall (vertical), in the words' pixels. */
typedef struct lr_rule {
	int x, y, w, h;
} lr_rule;

/* How the page read was made from the scan: scaled from scan_width x
 * scan_height (of a photo: from its sheet, the quadrilateral of corners
 * sheet, mapped bilinearly) to the size (before turning) of the page read,
 * turned rotation degrees clockwise, then deskew degrees clockwise about
 * its middle.  scan_width 0: unknown, the boxes are the scan's. */
typedef struct lr_scan_geom {
	int scan_width, scan_height;
	int rotation;		/* 0, 90, 180 or 270 */
	double deskew;
	int photo;		/* the page was read from sheet */
	double sheet[8];	/* x, y of the top left, top right, bottom
				 * left and bottom right corners, in the
				 * scan's pixels */
} lr_scan_geom;

/* A photo's sheet corners (8 numbers, as in lr_scan_geom) as the JSON
 * array [[x, y], ...] of four points, a new reference; NULL when out of
 * memory. */
json_t *lr_sheet_json(const double sheet[8]);

/* The corners of JSON array a ([[x, y], ...] of four points) into sheet.
 * Returns 0, or -1 when a is no such array (sheet unchanged). */
int lr_sheet_read(const json_t *a, double sheet[8]);

typedef struct lr_page_words {
	int n;			/* page number, 1-based */
	int width, height;	/* of the image the boxes refer to */
	lr_scan_geom scan;	/* and how that image was made from the scan */
	lr_line *lines;
	int nlines;
	size_t cap;
	lr_rule *rules;		/* table rules (none: unruled or unknown) */
	int nrules;
	size_t rcap;
} lr_page_words;

/* All the pages of one document.  The structs are plain data: read them
 * directly; build them with the functions below. */
typedef struct lr_doc_words {
	lr_page_words *pages;
	int npages;
	size_t cap;
} lr_doc_words;

/* New empty document; free with lr_words_free().  NULL when out of memory. */
lr_doc_words *lr_words_new(void);

/* Append a page, a line to a page, a word to a line (text is copied and put
 * in NFC).  Return the new element, or NULL when out of memory or (words)
 * when text is not valid UTF-8.  Pointers stay valid until the next append
 * to the same parent. */
lr_page_words *lr_words_add_page(lr_doc_words *d, int n, int width, int height);
lr_line *lr_words_add_line(lr_page_words *p, int x, int y, int w, int h);
lr_word *lr_words_add_word(lr_line *l, const char *text, float conf, int x,
    int y, int w, int h);

/* Append a rule to a page.  Returns 0, or -1 when out of memory. */
int lr_words_add_rule(lr_page_words *p, int x, int y, int w, int h);

/* Put the lines of p in reading order top to bottom: by the middle of the
 * height of their median word, lines side by side (apart across the page,
 * heights overlapping by over half) left to right, as a two-column header or footer is printed
 * and read.  Returns 0, or -1 when out of memory (p unchanged). */
int lr_words_sort_lines(lr_page_words *p);

/* Find the blocks of page p, whose lines are in lr_words_sort_lines()
 * order, from the geometry of its words: rows with a vertical gap that
 * runs through them are columns (lines that cross the gap are cut in
 * two); the two columns at the top of the first page are the header, read
 * left block then right block; the two at the foot of a page are the
 * recipients and the signature; rows in three or more columns are a table
 * (kept row by row); centred lines under the header are the title; the
 * rest is body.  Sets every line's block and kind.  Returns 0, or -1 when
 * out of memory (p unchanged). */
int lr_words_layout(lr_page_words *p);

/* The name of kind k in the JSON form ("header-left"), and back (-1 when
 * name is no kind's). */
const char *lr_block_kind_name(lr_block_kind k);
int lr_block_kind_of(const char *name);

/* A box {x, y, w, h} that holds nothing yet, for lr_box_grow(). */
#define LR_BOX_NONE { 0, 0, -1, -1 }

/* Grow box b ({x, y, w, h}; w < 0: it holds nothing yet) to hold the box
 * x, y, w, h as well. */
void lr_box_grow(int b[4], int x, int y, int w, int h);

/* Box in (x, y, w, h, in p's pixels) in the coordinates of the scan p was
 * read from: the box around the four corners mapped back through the
 * deskew, turn and scale of p->scan, clipped to the scan. */
void lr_words_box_to_scan(const lr_page_words *p, const int in[4],
    int out[4]);

/* Keep p's word confidences to a tenth, as the JSON form does. */
void lr_words_round(lr_page_words *p);

/* Move page i of from (left with no lines) to the end of to.  Returns 0,
 * or -1 when out of memory (both unchanged). */
int lr_words_move_page(lr_doc_words *from, int i, lr_doc_words *to);

/* The JSON form: {"pages": [{"n", "width", "height", "scan": {"width",
 * "height", "rotation", "deskew"}, "lines": [{"bbox": [x,y,w,h], "block":
 * id, "kind": name, "words": [[text, conf, x, y, w, h], ...]}], "rules":
 * [[x, y, w, h], ...]}]}, "rules" only when the page has some.  New
 * reference.  Lines without "kind" (an older form) are laid out again when
 * read. */
json_t *lr_words_to_json(const lr_doc_words *d);

/* Read the JSON form back (pages without "rules" have none).  Returns NULL
 * with err set when it is malformed. */
lr_doc_words *lr_words_from_json(const json_t *j, lr_err *err);

/* The text of a line, words joined by single spaces; the caller frees it. */
char *lr_line_text(const lr_line *l);

/* Do lines a and b stand side by side: apart across the page, their
 * heights overlapping by over half the smaller one? */
int lr_side_by_side(const lr_line *a, const lr_line *b);

/* Free d and everything in it. */
void lr_words_free(lr_doc_words *d);

#endif
