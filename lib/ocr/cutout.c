/* A box of a page cut out, bordered with white and read as one line of
 * figures. */
#include "cutout.h"

/* Box (x, y, w, h) of page cut out with border pixels of white around it,
 * at page's resolution: a new image, or NULL when the box holds no pixel
 * of page. */
static PIX *
cut(PIX *page, const int box[4], int border)
{
	BOX *b = boxCreate(box[0], box[1], box[2], box[3]);
	PIX *crop = b != NULL ? pixClipRectangle(page, b, NULL) : NULL;
	PIX *white = crop != NULL ? pixAddBlackOrWhiteBorder(crop, border,
	    border, border, border, L_GET_WHITE_VAL) : NULL;

	if (white != NULL)
		pixCopyResolution(white, page);
	pixDestroy(&crop);
	boxDestroy(&b);
	return white;
}

int
lr_cutout_figures(lr_ocr *e, PIX *page, const int box[4], int border,
    lr_doc_words **out)
{
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = d != NULL ? lr_words_add_page(d, 1, 0, 0) : NULL;
	PIX *pix = p != NULL ? cut(page, box, border) : NULL;
	int ret = pix == NULL ? 1 : lr_ocr_figures(e, pix, p);

	pixDestroy(&pix);
	if (p == NULL || ret < 0) {
		lr_words_free(d);
		d = NULL;
		ret = -1;
	}
	*out = d;
	return ret;
}
