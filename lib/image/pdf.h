/* PDF scans, read with poppler-glib: each page's image as it is embedded,
 * or the page rendered with cairo where it is not one image. */
#ifndef LR_PDF_H
#define LR_PDF_H

#include "input.h"

/* An open PDF file. */
typedef struct lr_pdf lr_pdf;

/* The lr_input_ops of a PDF (handles from lr_pdf_open()). */
extern const lr_input_ops lr_pdf_ops;

/* Open the PDF at path, or the len bytes at buf (borrowed; must outlive
 * the handle) when path is NULL.  Pages whose image or rendering would be
 * over max_pixels are refused.  Returns NULL with err set. */
lr_pdf *lr_pdf_open(const char *path, const void *buf, size_t len,
    uint64_t max_pixels, lr_err *err);

#endif
