/* Page cleanup before OCR, with Leptonica: upscaling of low-resolution
 * pages, deskew, removal of table rules and lone specks (on grey pages,
 * found on a thresholded view and painted white: Tesseract reads grey pages
 * better than ours thresholded; binarisation here is an option), and
 * quarter turns once the orientation is known
 * (Leptonica's orientation test is unreliable on Vietnamese, whose tone marks
 * stand above and below the line: Tesseract's OSD decides, see ocr.h). */
#ifndef LR_CLEAN_H
#define LR_CLEAN_H

#include <stddef.h>
#include <leptonica/allheaders.h>

#include "util/util.h"
#include "photo.h"

/* Which steps run.  Start from lr_clean_defaults(). */
typedef struct lr_clean_opts {
	int orient;		/* let the caller turn pages (lr_clean_turn) */
	int deskew;		/* find and remove skew */
	double max_skew;	/* degrees searched either way */
	int binarise;		/* grey pages: normalise background, threshold
				 * (off: Tesseract reads them grey) */
	int despeckle;		/* remove lone specks under 1/40 inch (on
				 * a speckled page to be scaled up, before:
				 * lr_clean_speckled()), and salt-and-pepper
				 * noise of grey pages */
	int unrule;		/* remove table rules and underlines */
	int upscale;		/* pages under min_dpi are scaled to target_dpi */
	int soften;		/* bilevel pages go to Tesseract grey, their
				 * edges softened (not with binarise) */
	int min_dpi, target_dpi;
} lr_clean_opts;

/* What lr_clean_page() did. */
typedef struct lr_clean_info {
	int rotation;		/* clockwise turn applied: 0, 90, 180 or 270 */
	double deskew;		/* degrees rotated to straighten the lines */
	int binarised;		/* a grey page was thresholded here */
	int upscaled;		/* the page was scaled up */
	double zoom;		/* by this factor (1: not scaled) */
	int denoised;		/* salt-and-pepper noise was filtered out */
	int noisy;		/* the page is peppered with noise (1% of its
				 * pixels or more): lay it out on bin, not on
				 * a threshold of the page (lib/ocr says it
				 * too of a grainy page, page.c) */
	int uneven;		/* the grey page is unevenly lit
				 * (lr_clean_uneven()): lay it out on bin */
	int dpi;		/* resolution of the cleaned image (0: unknown) */
	int removed;		/* LR_REMOVED_* flags: colour taken off */
	int photo;		/* a photo: its sheet was read flat */
	lr_sheet sheet;		/* with photo, the sheet's corners in the
				 * page's pixels (lr_photo_flatten()) */
	int orient_known;	/* with o->orient, the page's lines and
				 * letters told clearly which way up it
				 * stands (0: ask Tesseract's OSD) */
	BOXA *rules;		/* the pieces of table rules found before they
				 * were removed, in the cleaned image's pixels
				 * (NULL: none); the caller frees them with
				 * boxaDestroy() */
	PIX *bin;		/* the cleaned page as 1 bpp (ink 1), the view
				 * its rules and specks were found on, for
				 * the engine's layout analysis (NULL: none);
				 * the caller frees it with pixDestroy() */
} lr_clean_info;

/* Every step on but binarise: skew searched to +-12 degrees, pages under
 * 250 dpi scaled to 300 dpi. */
void lr_clean_defaults(lr_clean_opts *o);

/* A short text naming the options that change the result for page pix
 * (borrowed), for cache keys: written with a NUL to buf of n bytes. */
void lr_clean_signature(const lr_clean_opts *o, PIX *pix, char *buf,
    size_t n);

/* 1 when bilevel page pix (borrowed), tagged under o->min_dpi and so to
 * be scaled up (o->upscale), is speckled: 10 or more lone specks (under
 * 1/40 inch, away from letters) a square inch, as a worn photocopy's or a
 * noisy fax's; 0 when not; -1 when out of memory.  With o->despeckle,
 * lr_clean_page() takes such a page's lone specks off before it softens
 * and scales it, and its signature says so.  (A clean scan has under 0.1
 * a square inch, a lightly speckled one 3 to 7; a 300-dpi page loses its
 * specks before it is softened anyway.) */
int lr_clean_speckled(const lr_clean_opts *o, PIX *pix);

/* 1 when bilevel page pix (borrowed), its resolution tagged, is dotted:
 * 1 or more lone round dots (1/40 to 1/15 inch across, no other ink
 * within 1/25 inch) a square inch, as a worn photocopy's toner leaves
 * them; 0 when not; -1 when out of memory.  With o->despeckle,
 * lr_clean_page() takes such a page's lone dots off first, and its
 * signature says so.  (Clean scans have under 0.5 a square inch.) */
int lr_clean_dotted(const lr_clean_opts *o, PIX *pix);

/* 1 when bilevel page pix (borrowed), its resolution tagged, has cells
 * shaded by a tint's dot screen: SCREENED or more dots a square inch
 * (each a hundredth of an inch across or less) standing in fields an inch
 * wide and an eighth of an inch tall or more; 0 when not; -1 when out of
 * memory.  With o->despeckle, lr_clean_page() takes those dots off, so
 * that the words over the tint are read, and its signature says so. */
int lr_clean_screened(const lr_clean_opts *o, PIX *pix);

/* 1 when grey page pix (8 bpp, borrowed; not with o->binarise) is
 * unevenly lit: a shadow, a gradient or a heavy blur's haze, its
 * background (Leptonica's map of it, at half size) spanning 40 levels or
 * more from its 5th to its 95th percentile; the engine's threshold of the
 * page as a whole (Otsu's) takes the dark side for ink, and loses its
 * lines and table cells there.  A colour page is told on its brightest
 * channel, where shade darkens every channel and a tint printed in colour
 * (a certificate's guilloche) does not count (a phone's picture of a page
 * filling the frame, in a shadow, lost its lines).  0 when not (and for
 * bilevel pages); -1 when out of memory.  lr_clean_page() says it in
 * info->uneven, and the signature too. */
int lr_clean_uneven(const lr_clean_opts *o, PIX *pix);

/* 1 when page pix (borrowed; any depth, its resolution tagged) has a
 * table ruled by its columns only: three or more thin vertical rules an
 * inch tall or more, their tops and bottoms level, and no rule across
 * them; 0 when not (or not o->unrule); -1 when out of memory.  Such rules
 * do not meet a rule across, as a grid's do, so lr_clean_page() finds
 * them apart, takes them off with the others (else OCR reads the table
 * column by column, a rule for a letter), keeps them in info->rules, and
 * its signature says so. */
int lr_clean_colruled(const lr_clean_opts *o, PIX *pix);

/* Clean a decoded page (turned upright when its lines and letters say so:
 * o->orient) (1 bpp with 1 = ink, or
 * 8 bpp grey, as lr_scan_decode() gives it; borrowed).  Returns a new 1 bpp
 * image (8 bpp when the page is grey and binarise is off) the caller frees with
 * pixDestroy(), and fills info; NULL with err set on failure. */
PIX *lr_clean_page(PIX *pix, const lr_clean_opts *o, lr_clean_info *info,
    lr_err *err);

/* Turn a cleaned page (borrowed) by quads quarter turns clockwise and
 * deskew it again; info (from lr_clean_page) is updated, but for its rules,
 * which stay those of the page before the turn, and its bin, left as it
 * was.  Returns a new
 * image, or NULL with err set. */
PIX *lr_clean_turn(PIX *pix, int quads, const lr_clean_opts *o,
    lr_clean_info *info, lr_err *err);

/* A copy of pix (borrowed; grey or colour when scale is over 1.05) made
 * as cleanup made its page: turned rotation degrees clockwise (a multiple
 * of 90), then deskew degrees clockwise about its middle (area-mapped,
 * white brought in), then scaled by scale when that is over 1.05 (grey,
 * linear interpolation).  Returns a new image, or NULL when out of
 * memory. */
PIX *lr_clean_geometry(PIX *pix, int rotation, double deskew, double scale);

#endif
