# the table page of k-table.txt drawn as a ruled grid: boxes scaled to 0.3 (the
# columns 330 px apart), the rules between its rows and columns
def s: . * 3 / 10 | floor;
.ocr.pages[1] |= (.lines |= map(.bbox[0] |= s | .bbox[2] |= s | .words |= map(.[2] |= s | .[4] |= s))
  | .rules = ([190, 250, 310, 370, 430] | map([40, ., 2060, 3])) + ([40, 370, 700, 1030, 1360, 1690, 2100] | map([., 190, 3, 240])))
