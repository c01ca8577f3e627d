# the lines of the area ("c) Diện tích") and the use form ("d) Hình thức") of
# page 5 read at word confidence 40
.ocr.pages[4].lines |= map(if (.words[0][0] == "c)" or .words[0][0] == "d)")
    then .words |= map(.[1] = 40) else . end)
