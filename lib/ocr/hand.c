/* Handwriting: words whose ink in the scan is a ballpoint's blue. */
#include "hand.h"
#include "image/image.h"

int
lr_hand_mark(PIX *pix, lr_page_words *p)
{
	int n = 0, box[4], in[4];

	if (pix == NULL || pixGetDepth(pix) != 32)
		return 0;
	for (int i = 0; i < p->nlines; i++)
		for (int k = 0; k < p->lines[i].nwords; k++) {
			lr_word *w = &p->lines[i].words[k];
			in[0] = w->x, in[1] = w->y, in[2] = w->w, in[3] = w->h;
			lr_words_box_to_scan(p, in, box);
			w->hand = lr_pen_share(pix, box[0], box[1], box[2],
			    box[3]) >= LR_HAND_SHARE;
			n += w->hand;
		}
	return n;
}
