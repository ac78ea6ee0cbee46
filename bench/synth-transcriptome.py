#!/usr/bin/env python3
"""synth-transcriptome.py: a synthetic transcriptome shaped like GENCODE, for the index-scale benchmark.

    bench/synth-transcriptome.py --genes N --pairs P --out DIR [--seed S]

Writes DIR/transcripts.fa.gz, DIR/annotation.gtf.gz, DIR/R1.fq.gz, DIR/R2.fq.gz and DIR/truth.tsv.

Shape (the figures GENCODE 44 gives for human, rounded; the point is isoforms that share exons,
which is what makes a per-transcript k-mer index pay for the same k-mer several times):
  - genes: 62,000 at full size (GENCODE 44: 62,700 genes, 252,000 transcripts, about 4 per gene);
  - exons per gene: 1 + a geometric count with mean 9; exon length log-normal around 160 nt
    (first and last exons longer, as UTRs are), so a gene holds about 2 kb of distinct exon sequence
    and the whole set about 120-130 million distinct 31-mers at full size;
  - isoforms per gene: 1 + Poisson(3); isoform 1 uses every exon, the others skip each internal exon
    with probability 0.25 and may drop the first or last exon (alternative first/last exon);
  - genes are laid on 23 contigs with introns of 0.5-20 kb, half on each strand, so the GTF has true
    genomic coordinates and the transcript sequences are the spliced exons (minus strand reverse-
    complemented), as in Ensembl's cDNA files.
Reads: P pairs of 100 nt from fragments of 250 +- 30 nt drawn from transcripts in proportion to a
log-normal expression, with 0.2% substitution errors; plus 10 fusion transcripts (5' part of one
gene's isoform 1 to an exon boundary, 3' part of another's from an exon boundary), 60 pairs each,
listed in truth.tsv. Everything is seeded: one seed, one data set.
"""
import argparse, gzip, math, os, random, sys

COMP = str.maketrans("ACGT", "TGCA")

def revcomp(s):
    return s.translate(COMP)[::-1]

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--genes", type=int, required=True)
    ap.add_argument("--pairs", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.genes < 20 or a.pairs < 1000:
        sys.exit("synth-transcriptome.py: error: --genes must be >= 20 and --pairs >= 1000")
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    contigs = [str(i) for i in range(1, 23)] + ["X"]
    cursor = {c: 10_000 for c in contigs}
    transcripts = []  # (tid, gene_index, seq, exon_starts_in_transcript)
    genes = []        # (gene_id, name, isoform-1 transcript index)
    fa = gzip.open(os.path.join(a.out, "transcripts.fa.gz"), "wt", compresslevel=1)
    gtf = gzip.open(os.path.join(a.out, "annotation.gtf.gz"), "wt", compresslevel=1)
    gtf.write("#!genome-build SYNTH1\n#!genome-version SYNTH1\n#!genebuild-last-updated synthetic\n")
    tnum = 0
    for g in range(a.genes):
        contig = contigs[g % len(contigs)]
        strand = "+" if rng.random() < 0.5 else "-"
        n_exons = 1
        while rng.random() < 8.0 / 9.0 and n_exons < 60:
            n_exons += 1
        exons = []  # genomic (start, end) 1-based inclusive, ascending
        pos = cursor[contig]
        for e in range(n_exons):
            mu = 5.5 if e in (0, n_exons - 1) else 4.9
            length = max(40, min(4000, int(rng.lognormvariate(mu, 0.55))))
            exons.append((pos, pos + length - 1))
            pos += length + rng.randint(500, 20_000)
        cursor[contig] = pos + rng.randint(5_000, 50_000)
        seqs = ["".join(rng.choices("ACGT", k=e[1] - e[0] + 1)) for e in exons]
        gene_id = f"ENSG{g + 1:011d}"
        name = f"SG{g + 1}"
        gstart, gend = exons[0][0], exons[-1][1]
        attrs_g = f'gene_id "{gene_id}"; gene_name "{name}"; gene_biotype "protein_coding";'
        gtf.write(f"{contig}\tsynthetic\tgene\t{gstart}\t{gend}\t.\t{strand}\t.\t{attrs_g}\n")
        order = list(range(n_exons)) if strand == "+" else list(range(n_exons - 1, -1, -1))
        n_iso = 1 + poisson(rng, 4.0)
        seen = set()
        for iso in range(n_iso):
            if iso == 0:
                keep = order[:]
            else:
                keep = [x for k, x in enumerate(order)
                        if k in (0, len(order) - 1) or rng.random() >= 0.25]
                if len(keep) > 2 and rng.random() < 0.2:
                    keep = keep[1:]
                if len(keep) > 2 and rng.random() < 0.2:
                    keep = keep[:-1]
            key = tuple(keep)
            if key in seen:
                continue
            seen.add(key)
            tnum += 1
            tid = f"ENST{tnum:011d}"
            parts, starts, off = [], [], 0
            for x in keep:
                s = seqs[x] if strand == "+" else revcomp(seqs[x])
                starts.append(off)
                parts.append(s)
                off += len(s)
            seq = "".join(parts)
            asc = sorted(keep)
            attrs_t = attrs_g + f' transcript_id "{tid}"; transcript_version "1"; transcript_name "{name}-{iso + 201}"; transcript_biotype "protein_coding";'
            gtf.write(f"{contig}\tsynthetic\ttranscript\t{exons[asc[0]][0]}\t{exons[asc[-1]][1]}\t.\t{strand}\t.\t{attrs_t}\n")
            for rank, x in enumerate(keep, 1):
                gtf.write(f"{contig}\tsynthetic\texon\t{exons[x][0]}\t{exons[x][1]}\t.\t{strand}\t.\t{attrs_t} exon_number \"{rank}\";\n")
            fa.write(f">{tid}.1 cdna chromosome:SYNTH1:{contig}:{exons[asc[0]][0]}:{exons[asc[-1]][1]}:{1 if strand == '+' else -1} gene:{gene_id}.1 gene_symbol:{name}\n")
            for i in range(0, len(seq), 60):
                fa.write(seq[i:i + 60] + "\n")
            if iso == 0:
                genes.append((gene_id, name, len(transcripts)))
            transcripts.append((tid, g, seq, starts))
        if (g + 1) % 5000 == 0:
            print(f"synth-transcriptome: {g + 1:,} genes, {len(transcripts):,} transcripts", file=sys.stderr)
    fa.close(); gtf.close()

    # fusions: 10 pairs of distinct genes whose isoform 1 has >= 3 exons and >= 600 nt each side
    fusions = []
    candidates = [gi for gi in range(len(genes)) if len(transcripts[genes[gi][2]][3]) >= 3
                  and len(transcripts[genes[gi][2]][2]) >= 1200]
    rng.shuffle(candidates)
    while len(fusions) < 10 and len(candidates) >= 2:
        g5, g3 = candidates.pop(), candidates.pop()
        t5, t3 = transcripts[genes[g5][2]], transcripts[genes[g3][2]]
        cut5 = t5[3][rng.randint(1, len(t5[3]) - 1)]
        cut3 = t3[3][rng.randint(1, len(t3[3]) - 1)]
        fseq = t5[2][:cut5] + t3[2][cut3:]
        fusions.append((genes[g5][1], genes[g3][1], t5[0], cut5, t3[0], cut3, fseq))
    with open(os.path.join(a.out, "truth.tsv"), "w") as tr:
        tr.write("gene5\tgene3\ttranscript5\tjunction5_offset\ttranscript3\tjunction3_offset\tpairs\n")
        for f in fusions:
            tr.write(f"{f[0]}\t{f[1]}\t{f[2]}\t{f[3]}\t{f[4]}\t{f[5]}\t60\n")

    weights = [rng.lognormvariate(0, 1.5) * max(0, len(t[2]) - 300) for t in transcripts]
    pool = [t[2] for t in transcripts]
    n_fusion_pairs = 60 * len(fusions)
    sources = rng.choices(range(len(pool)), weights=weights, k=a.pairs - n_fusion_pairs)
    sources += [-1 - (i % len(fusions)) for i in range(n_fusion_pairs)]
    rng.shuffle(sources)
    r1 = gzip.open(os.path.join(a.out, "R1.fq.gz"), "wt", compresslevel=1)
    r2 = gzip.open(os.path.join(a.out, "R2.fq.gz"), "wt", compresslevel=1)
    qual = "I" * 100
    for n, src in enumerate(sources):
        seq = pool[src] if src >= 0 else fusions[-1 - src][6]
        flen = max(200, min(len(seq), int(rng.gauss(250, 30))))
        if len(seq) < 200:
            flen = len(seq)
        start = rng.randint(0, len(seq) - flen)
        frag = seq[start:start + flen]
        if rng.random() < 0.5:
            frag = revcomp(frag)
        m1, m2 = mutate(rng, frag[:100]), mutate(rng, revcomp(frag)[:100])
        name = f"p{n + 1}"
        r1.write(f"@{name}/1\n{m1}\n+\n{qual[:len(m1)]}\n")
        r2.write(f"@{name}/2\n{m2}\n+\n{qual[:len(m2)]}\n")
    r1.close(); r2.close()
    print(f"synth-transcriptome: {len(genes):,} genes, {len(transcripts):,} transcripts, "
          f"{sum(len(t[2]) for t in transcripts):,} nt, {a.pairs:,} pairs ({n_fusion_pairs} from {len(fusions)} fusions)",
          file=sys.stderr)

def poisson(rng, lam):
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1

def mutate(rng, s):
    if rng.random() > 0.2:  # 0.2% per base over 100 nt is about one error in 5 reads
        return s
    i = rng.randrange(len(s))
    return s[:i] + rng.choice([b for b in "ACGT" if b != s[i]]) + s[i + 1:]

if __name__ == "__main__":
    main()
