/* Crops: the part of a scanned page around a field, as PNG, for a person
 * to compare with the value read.  The page last cut from stays decoded:
 * cut page by page. */
#ifndef LR_CROP_H
#define LR_CROP_H

#include <stddef.h>
#include <jansson.h>

#include "util/util.h"

/* The page images of one record. */
typedef struct lr_crops lr_crops;

/* Cut from the pages of rec (borrowed; must outlive the result).  Relative
 * scan paths ("source" of the record or of a page) are taken under base
 * (NULL or "": the current directory).  NULL when out of memory. */
lr_crops *lr_crops_new(const json_t *rec, const char *base);

/* The PNG of page (1-based, the record's "n") around bbox {x, y, w, h},
 * widened by margin pixels each side, in the coordinates of the page as
 * scanned; the crop is turned upright by the rotation (degrees clockwise,
 * 0/90/180/270) and deskew (degrees, clockwise positive, as Leptonica's
 * pixRotate) recorded in the page.  The page is decoded by
 * lr_scan_decode() unless it is the page of the last call; a page the
 * record does not list is taken from the record's source, TIFF directory
 * page - 1, and not turned.  On success *png is a
 * buffer of *len bytes the caller free()s and 0 is returned; else -1 with
 * err set. */
int lr_crops_png(lr_crops *c, int page, const double bbox[4], int margin,
    unsigned char **png, size_t *len, lr_err *err);

/* Free c and the decoded pages. */
void lr_crops_free(lr_crops *c);

#endif
