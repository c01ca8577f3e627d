/* JPEG and PNG scans, read with Leptonica: one page each. */
#ifndef LR_PICTURE_H
#define LR_PICTURE_H

#include "input.h"

/* An open JPEG or PNG file. */
typedef struct lr_picture lr_picture;

/* The lr_input_ops of a picture (handles from lr_picture_open()). */
extern const lr_input_ops lr_picture_ops;

/* Open the file at path, or the len bytes at buf (borrowed; must outlive
 * the handle) when path is NULL; fmt is "jpeg" or "png".  The header is
 * checked against max_pixels; the pixels are decoded on first use.
 * Returns NULL with err set. */
lr_picture *lr_picture_open(const char *path, const void *buf, size_t len,
    const char *fmt, uint64_t max_pixels, lr_err *err);

#endif
