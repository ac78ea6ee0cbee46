#!/usr/bin/env bash
# make-reads.sh: simulate a large paired-end RNA-seq-like read set for the fusion benchmark.
#
#   bench/make-reads.sh [--pairs N] [--work DIR] [--data DIR] [--seed S]
#                       [--frac-panel F] [--frac-fusion F] [--frac-premrna F] [--threads T]
#
# Writes WORK/reads/<N>/R1.fq.gz and R2.fq.gz (gzip level 6, pigz) plus manifest.tsv, and prints
# the directory on stdout. Progress goes to stderr. Reuses a finished set (marker file .done).
#
# What the reads are (ART 2.5.8, `art_illumina -ss HS25 -p -l 100 -m 250 -s 30`), every pair
# drawn by ART itself (no replication: ART makes ~60k pairs/s here, so millions are cheap;
# 2M pairs take about 2 minutes with the shuffle and compression):
#   panel     on-index transcripts: the 284 cDNAs of pizzly_test/transcripts.fasta.gz, equal
#             coverage per transcript (default 40% of pairs)
#   background off-index genome: the mini-genome (easyfuse_minigenome) minus every exon of its GTF
#             and minus any stretch that is panel transcript sequence (>= 44 nt exact, either
#             strand: exons of genes the mini-GTF lacks, e.g. BRAF), i.e. introns and intergenic
#             pieces >= 1 kb (default the rest, ~59.8%)
#   premrna   optional (--frac-premrna F, default 0; the set then goes to reads/<N>-premrna<F>):
#             unspliced gene spans (exons + introns) of the panel genes annotated in the
#             mini-genome (NTRK3, ROS1, RET, ...), taken from the background's share
#   fusion    8 fusion transcripts from annotated_fusions.csv_transcript.fasta.gz, one per gene
#             pair: the first record that holds >= 300 nt of each gene (some EasyFuse records hold
#             the 3' gene alone), e.g. ETV6::NTRK3 with NTRK3 ENST00000629765, and TMPRSS2::ETV1,
#             AKAP9::BRAF, EWSR1::FLI1, EWSR1::ATF1, HOOK3::RET, CD74::ROS1, BRD4::NUTM1;
#             equal share each (default 0.2% of pairs in all). manifest.tsv gives, per fusion, how
#             many of its pairs have a read across the junction and how many span it
#             (bench/fusion-truth.pl, from ART's .aln alignments)
# ART over-generates each part by ~15%; an exact uniform subset of each part is kept (selection
# sampling), then all pairs are shuffled together (seeded) so the file order is random, as in a
# real run. Read names are ART's (`<sequence id>-<n>/1` and `/2`); the sequence id tells the source
# (ENST... = panel, bg_* = background, pm_* = pre-mRNA, FUS_* = fusion).
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
version=4 # of the simulation recipe: a set made by another version is made again
repo=$(cd "$here/.." && pwd)
pairs=2000000
work="$repo/bench/work"
data="${TREK_SHARED_DATA:-$repo/../shared/data}"
seed=1
frac_panel=0.40
frac_fusion=0.002
frac_premrna=0
threads=2

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
parse_count() { # 2000000, 2M, 0.5M, 200k
  awk -v s="$1" 'BEGIN{ m=1; u=toupper(substr(s,length(s)));
    if(u=="M"){m=1000000; s=substr(s,1,length(s)-1)} else if(u=="K"){m=1000; s=substr(s,1,length(s)-1)}
    if (s !~ /^[0-9]+(\.[0-9]+)?$/) { print "bad" ; exit } printf "%d\n", s*m+0.5 }'
}
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs=$(parse_count "$2"); shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --frac-panel) frac_panel="$2"; shift 2 ;;
    --frac-fusion) frac_fusion="$2"; shift 2 ;;
    --frac-premrna) frac_premrna="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "make-reads.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$pairs" != bad ] && [ "$pairs" -gt 0 ] || { echo "make-reads.sh: --pairs must be a positive count (e.g. 2000000, 2M, 500k)" >&2; exit 2; }
log() { echo "[make-reads $(date -u +%H:%M:%S)] $*" >&2; }

for tool in art_illumina samtools pigz awk sort; do
  command -v "$tool" >/dev/null || { echo "make-reads.sh: $tool not found (bench/fusion-e2e.sh installs it)" >&2; exit 1; }
done
[ -d "$data" ] || { echo "make-reads.sh: data directory $data not found (use --data)" >&2; exit 1; }
data=$(cd "$data" && pwd)
tx="$data/pizzly_test/transcripts.fasta.gz"
mg="$data/easyfuse_minigenome/Homo_sapiens.GRCh38.110_minigenome.fa.gz"
mg_gtf="$data/easyfuse_minigenome/Homo_sapiens.GRCh38.110_miniannotation.gtf.gz"
fus="$data/easyfuse_minigenome/annotated_fusions.csv_transcript.fasta.gz"
for f in "$tx" "$mg" "$mg_gtf" "$fus"; do [ -s "$f" ] || { echo "make-reads.sh: missing input $f" >&2; exit 1; }; done

mkdir -p "$work"
work=$(cd "$work" && pwd)
out="$work/reads/$pairs"
[ "$frac_premrna" = 0 ] || out="$work/reads/$pairs-premrna$frac_premrna"
if [ "$(cat "$out/.done" 2>/dev/null)" = "$version" ] && [ -s "$out/R1.fq.gz" ] && [ -s "$out/R2.fq.gz" ]; then
  log "reusing $out"
  echo "$out"; exit 0
fi

# ---- templates (shared by all sizes) -------------------------------------------------------------
ref="$work/ref"
mkdir -p "$ref"
if [ "$(cat "$ref/.done" 2>/dev/null)" != "$version" ]; then
  log "preparing simulation templates in $ref"
  zcat "$tx" > "$ref/panel.fa"
  zcat "$mg" > "$ref/minigenome.fa"
  samtools faidx "$ref/minigenome.fa"
  # Off-index background: complement of the union of all GTF exons (clipped to the contig), >= 1 kb.
  zcat "$mg_gtf" | awk -F'\t' '!/^#/ && $3=="exon" { s=$4; e=$5; if (e < 1) next; if (s < 1) s = 1; print $1"\t"s"\t"e }' \
    | sort -k1,1 -k2,2n > "$ref/exons.tsv"
  awk -F'\t' 'NR==FNR { len[$1]=$2; order[++n]=$1; next }
    { if ($1 != c) { if (c != "") last[c]=p; c=$1; p=0 }
      if ($2 > p + 1) gaps[$1] = gaps[$1] " " (p+1) "-" ($2-1)
      if ($3 > p) p = $3 }
    END { if (c != "") last[c]=p
      for (i=1; i<=n; i++) { k=order[i]; p=(k in last)?last[k]:0; g=gaps[k]
        if (p < len[k]) g = g " " (p+1) "-" len[k]
        m = split(g, a, " "); for (j=1; j<=m; j++) { split(a[j], b, "-"); if (b[2]-b[1]+1 >= 1000) print k":"b[1]"-"b[2] } } }' \
    "$ref/minigenome.fa.fai" "$ref/exons.tsv" > "$ref/background.regions"
  samtools faidx "$ref/minigenome.fa" -r "$ref/background.regions" \
    | awk '/^>/ { h=substr($1,2); gsub(/[:-]/,"_",h); print ">bg_" h; next } { print }' > "$ref/background.raw.fa"
  # Cut out stretches that are panel transcript sequence (exons of genes the mini-genome does not
  # annotate, such as BRAF), so that the background is really off-index.
  perl "$here/fusion-truth.pl" mask "$ref/panel.fa" "$ref/background.raw.fa" 1000 > "$ref/background.fa" 2> "$ref/background.mask.log"
  rm -f "$ref/background.raw.fa"
  # Pre-mRNA (optional part, --frac-premrna): whole gene spans, exons and introns, of the panel
  # genes that the mini-GTF annotates; their reads cross exon-intron boundaries, as unspliced
  # and intron-retaining RNA does in real libraries.
  grep -o 'gene_symbol:[^ ]*' "$ref/panel.fa" | cut -d: -f2 | sort -u > "$ref/panel.genes"
  zcat "$mg_gtf" | awk -F'\t' 'NR==FNR { want[$1]=1; next } !/^#/ && $3=="gene" { if (match($9, /gene_name "[^"]*"/)) { g=substr($9, RSTART+11, RLENGTH-12) } else next
      if (!(g in want)) next; s=$4; e=$5; if (e < 1) next; if (s < 1) s=1; print $1":"s"-"e"\t"g }' "$ref/panel.genes" - > "$ref/premrna.regions"
  samtools faidx "$ref/minigenome.fa" -r <(cut -f1 "$ref/premrna.regions") \
    | awk 'NR==FNR { name[">" $1] = $2; next } /^>/ { h=$1; print ">pm_" name[h] "_" substr(h,2); next } { print }' "$ref/premrna.regions" - \
    | sed '/^>/ s/[:-]/_/g' > "$ref/premrna.fa"
  # Fusion templates: per gene pair, the first record that really holds both genes (see
  # fusion-truth.pl), renamed FUS_<5'gene>--<3'gene>; its junction goes to fusions.breaks.tsv.
  zcat "$fus" > "$ref/all-fusions.fa"
  perl "$here/fusion-truth.pl" pick "$ref/panel.fa" "$ref/all-fusions.fa" > "$ref/fusions.fa" 2> "$ref/fusions.breaks.tsv"
  rm -f "$ref/all-fusions.fa"
  echo "$version" > "$ref/.done"
fi
seqlen() { awk '/^>/ { if (n >= 400) t += n; n=0; next } { n += length($0) } END { if (n >= 400) t += n; printf "%d\n", t }' "$1"; }
nseq() { grep -c '^>' "$1"; }

# ---- counts --------------------------------------------------------------------------------------
n_fus_seq=$(nseq "$ref/fusions.fa")
n_fusion=$(awk -v n="$pairs" -v f="$frac_fusion" 'BEGIN{printf "%d\n", n*f+0.5}')
n_panel=$(awk -v n="$pairs" -v f="$frac_panel" 'BEGIN{printf "%d\n", n*f+0.5}')
n_premrna=$(awk -v n="$pairs" -v f="$frac_premrna" 'BEGIN{printf "%d\n", n*f+0.5}')
n_bg=$((pairs - n_fusion - n_panel - n_premrna))
[ "$n_bg" -ge 0 ] || { echo "make-reads.sh: fractions add up to more than 1" >&2; exit 2; }
log "simulating $pairs pairs: panel $n_panel, background $n_bg, fusion $n_fusion ($n_fus_seq fusion transcripts), pre-mRNA $n_premrna"

tmp="$work/tmp-reads-$pairs"
rm -rf "$tmp"; mkdir -p "$tmp" "$out"
art_common=(-ss HS25 -p -l 100 -m 250 -s 30 -q)
fold() { awk -v need="$1" -v len="$2" 'BEGIN{ f = need*200/len*1.15; if (f < 0.001) f = 0.001; printf "%.4f\n", f }'; }

run_art() { # name template need seed
  local name=$1 fa=$2 need=$3 s=$4
  if [ "$need" -eq 0 ]; then : > "$tmp/$name.tsv"; return; fi
  if [ "$name" = fusion ]; then
    art_illumina "${art_common[@]}" -i "$fa" -c $(( (need * 115 / 100) / n_fus_seq + 1 )) -rs "$s" -o "$tmp/${name}_" > "$tmp/$name.art.log" 2>&1
  else
    art_illumina "${art_common[@]}" -na -i "$fa" -f "$(fold "$need" "$(seqlen "$fa")")" -rs "$s" -o "$tmp/${name}_" > "$tmp/$name.art.log" 2>&1
  fi
  # One line per pair (8 tab-separated fields), then an exact uniform subset of `need` (Knuth's
  # selection sampling, one pass, keeps ART's order; the global shuffle comes after).
  local have
  have=$(( $(wc -l < "$tmp/${name}_1.fq") / 4 ))
  [ "$have" -ge "$need" ] || { echo "make-reads.sh: ART gave $have $name pairs, need $need" >&2; exit 1; }
  paste <(paste - - - - < "$tmp/${name}_1.fq") <(paste - - - - < "$tmp/${name}_2.fq") \
    | awk -v need="$need" -v have="$have" -v seed="$s" 'BEGIN { srand(seed) }
        { if (rand() * (have - NR + 1) < need - kept) { print; kept++ } }' > "$tmp/$name.tsv"
  rm -f "$tmp/${name}_1.fq" "$tmp/${name}_2.fq"
  log "  $name: ART made $have pairs, kept $(wc -l < "$tmp/$name.tsv")"
}
log "running ART (panel and background in parallel)"
run_art panel "$ref/panel.fa" "$n_panel" $((seed * 10 + 1)) &
p1=$!
run_art background "$ref/background.fa" "$n_bg" $((seed * 10 + 2)) &
p2=$!
wait "$p1"; wait "$p2"
run_art fusion "$ref/fusions.fa" "$n_fusion" $((seed * 10 + 3))
run_art premrna "$ref/premrna.fa" "$n_premrna" $((seed * 10 + 4))
if [ "$n_fusion" -gt 0 ]; then
  perl "$here/fusion-truth.pl" count "$ref/fusions.breaks.tsv" "$tmp/fusion_1.aln" "$tmp/fusion_2.aln" "$tmp/fusion.tsv" > "$tmp/fusion.truth.tsv"
  rm -f "$tmp/fusion_1.aln" "$tmp/fusion_2.aln"
else
  : > "$tmp/fusion.truth.tsv"
fi

log "shuffling and compressing (pigz -6)"
cat "$tmp/panel.tsv" "$tmp/background.tsv" "$tmp/fusion.tsv" "$tmp/premrna.tsv" \
  | awk -v seed="$seed" 'BEGIN { srand(seed * 7919 + 17) } { printf "%.9f\t%s\n", rand(), $0 }' \
  | sort -T "$tmp" -S 1G --parallel="$threads" -t $'\t' -k1,1 \
  | awk -F'\t' -v r1="pigz -6 -p 1 > '$tmp/R1.fq.gz'" -v r2="pigz -6 -p 1 > '$tmp/R2.fq.gz'" '
      { print $2 "\n" $3 "\n" $4 "\n" $5 | r1; print $6 "\n" $7 "\n" $8 "\n" $9 | r2 }
      END { close(r1); close(r2) }'
got=$(( $(zcat "$tmp/R1.fq.gz" | wc -l) / 4 ))
[ "$got" -eq "$pairs" ] || { echo "make-reads.sh: wrote $got pairs, expected $pairs" >&2; exit 1; }
{
  printf '#part\tpairs\ttemplates\n'
  printf 'panel\t%s\t%s\n' "$n_panel" "$tx"
  printf 'background\t%s\t%s (non-exonic, panel sequence cut out, pieces >= 1 kb; %s)\n' "$n_bg" "$mg" "$(cat "$ref/background.mask.log")"
  printf 'fusion\t%s\t%s (one record per gene pair holding both genes)\n' "$n_fusion" "$fus"
  printf 'premrna\t%s\t%s (unspliced spans of the panel genes the mini-GTF annotates)\n' "$n_premrna" "$mg"
  grep '^>' "$ref/fusions.fa" | sed 's/^>/##fusion_template\t/'
  printf '##truth_header\tfusion\tpairs\tsplit_reads\tpairs_with_split_read\tspanning_pairs\n'
  sed 's/^/##truth\t/' "$tmp/fusion.truth.tsv"
  printf '##art\tart_illumina %s -rs seed*10+{1,2,3}; seed=%s\n' "${art_common[*]}" "$seed"
} > "$tmp/manifest.tsv"
mv "$tmp/R1.fq.gz" "$tmp/R2.fq.gz" "$tmp/manifest.tsv" "$out/"
rm -rf "$tmp"
echo "$version" > "$out/.done"
log "done: $out ($(du -sh "$out" | cut -f1))"
echo "$out"
