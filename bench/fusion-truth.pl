#!/usr/bin/perl
# fusion-truth.pl: helpers of bench/make-reads.sh for the simulated reads (core Perl only).
#
#   fusion-truth.pl pick PANEL.fa ALL_FUSIONS.fa > fusions.fa 2> fusions.breaks.tsv
#     For each gene pair of ALL_FUSIONS.fa (EasyFuse headers GENE1_pos_tx_GENE2_pos_tx_ft_N), keep
#     the first record whose 5' part and 3' part each share >= 275 25-mers with the panel's
#     transcripts of that gene, 5' part first. (Some EasyFuse records hold the 3' gene alone and
#     no junction at all; those are skipped.) The record is renamed FUS_<GENE1>--<GENE2>. The
#     junction found by those 25-mers goes to stderr: name, length, gene1_end (0-based, exclusive:
#     the last base matching gene 1), gene2_start (0-based: the first base matching gene 2);
#     gene2_start < gene1_end means micro-homology at the break.
#
#   fusion-truth.pl count fusions.breaks.tsv fusion_1.aln fusion_2.aln KEPT.tsv
#     Counts, for the pairs kept (KEPT.tsv: one pair a line, field 1 the R1 name), how many show
#     the junction: a read "splits" when it holds >= 12 bases on each side of the break (beyond any
#     micro-homology); a pair "spans" when no read splits, one read lies in the 5' gene and the
#     other in the 3' gene. Prints: fusion, pairs, split_reads, pairs_with_split_read, spanning_pairs.
use strict;
use warnings;

my $K = 25;
my $cmd = shift @ARGV // '';

sub read_fasta {
    my ($file) = @_;
    my (@order, %seq, %hdr, $name);
    open my $fh, '<', $file or die "fusion-truth.pl: cannot read $file: $!\n";
    while (<$fh>) {
        chomp;
        if (/^>(\S+)\s*(.*)$/) { $name = $1; push @order, $name; $seq{$name} = ''; $hdr{$name} = $2; }
        elsif (defined $name) { $seq{$name} .= uc $_; }
    }
    close $fh;
    return (\@order, \%seq, \%hdr);
}

if ($cmd eq 'pick') {
    my ($panel, $all) = @ARGV;
    my ($porder, $pseq, $phdr) = read_fasta($panel);
    my %kmer_genes;
    for my $t (@$porder) {
        my ($gene) = $phdr->{$t} =~ /gene_symbol:(\S+)/ or next;
        my $s = $pseq->{$t};
        for (my $i = 0; $i + $K <= length $s; $i++) { $kmer_genes{substr($s, $i, $K)}{$gene} = 1; }
    }
    my ($forder, $fseq) = read_fasta($all);
    my %done;
    for my $rec (@$forder) {
        my @f = split /_/, $rec;
        next if @f < 6;
        my ($g1, $g2) = ($f[0], $f[3]);
        my $key = "$g1--$g2";
        next if $done{$key};
        my $s = $fseq->{$rec};
        my ($c1, $c2, $end1, $start2) = (0, 0, -1, -1);
        for (my $i = 0; $i + $K <= length $s; $i++) {
            my $h = $kmer_genes{substr($s, $i, $K)} or next;
            if ($h->{$g1}) { $c1++; $end1 = $i + $K; }
            if ($h->{$g2}) { $c2++; $start2 = $i if $start2 < 0; }
        }
        next unless $c1 >= 275 && $c2 >= 275 && $end1 <= $start2 + $K;
        $done{$key} = 1;
        print ">FUS_$key $rec\n";
        for (my $i = 0; $i < length $s; $i += 60) { print substr($s, $i, 60), "\n"; }
        print STDERR join("\t", "FUS_$key", length $s, $end1, $start2), "\n";
    }
}
elsif ($cmd eq 'count') {
    my ($breaks, $aln1, $aln2, $kept) = @ARGV;
    my (%len, %end1, %start2, @order);
    open my $b, '<', $breaks or die "fusion-truth.pl: cannot read $breaks: $!\n";
    while (<$b>) { chomp; my ($n, $l, $e, $s) = split /\t/; push @order, $n; ($len{$n}, $end1{$n}, $start2{$n}) = ($l, $e, $s); }
    close $b;
    my %span;    # "template-n" -> [ [start,end] of /1, [start,end] of /2 ]  (0-based, forward strand)
    for my $mate (1, 2) {
        open my $a, '<', ($mate == 1 ? $aln1 : $aln2) or die "fusion-truth.pl: cannot read aln: $!\n";
        while (<$a>) {
            next unless /^>/;
            chomp;
            my ($ref, $id, $pos, $strand) = split /\t/;
            $ref =~ s/^>//;
            my $refaln = <$a>;
            <$a>;
            chomp $refaln;
            (my $rl = $refaln) =~ s/-//g;    # reference bases covered by the read
            my $l = length $rl;
            my $start = $strand eq '-' ? $len{$ref} - $pos - $l : $pos;
            (my $pair = $id) =~ s{/[12].*$}{};
            $span{$pair}[$mate - 1] = [$start, $start + $l, $ref];
        }
        close $a;
    }
    my (%pairs, %split, %psplit, %spanning);
    open my $k, '<', $kept or die "fusion-truth.pl: cannot read $kept: $!\n";
    while (<$k>) {
        my ($name) = split /\t/;
        $name =~ s/^@//;
        $name =~ s{/[12]$}{};
        my $r = $span{$name} or die "fusion-truth.pl: no alignment for $name\n";
        my $ref = $r->[0][2];
        $pairs{$ref}++;
        my ($e1, $s2) = ($end1{$ref}, $start2{$ref});
        my $lo = $s2 < $e1 ? $s2 : $e1;    # break region [lo, hi) holds the micro-homology
        my $hi = $s2 < $e1 ? $e1 : $s2;
        my $nsplit = 0;
        for my $m (0, 1) { my ($s, $e) = @{$r->[$m]}; $nsplit++ if $s + 12 <= $lo && $e >= $hi + 12; }
        $split{$ref} += $nsplit;
        $psplit{$ref}++ if $nsplit;
        if (!$nsplit) {
            my ($a, $b) = ($r->[0], $r->[1]);
            ($a, $b) = ($b, $a) if $a->[0] > $b->[0];
            $spanning{$ref}++ if $a->[1] <= $hi && $b->[0] >= $lo;
        }
    }
    close $k;
    for my $n (@order) {
        (my $f = $n) =~ s/^FUS_//;
        $f =~ s/--/::/;
        print join("\t", $f, $pairs{$n} // 0, $split{$n} // 0, $psplit{$n} // 0, $spanning{$n} // 0), "\n";
    }
}
elsif ($cmd eq 'mask') {
    # mask PANEL.fa BACKGROUND.fa MIN_PIECE: cut out of the background every stretch that is panel
    # transcript sequence (a run of >= 20 consecutive 25-mers, either strand, found in the panel:
    # an exon of a gene the mini-genome does not annotate, e.g. BRAF), so the background is off-index.
    # Short isolated hits (diverged repeats shared with UTRs) stay: real intronic reads have them.
    # Pieces >= MIN_PIECE are printed, named bg_<contig>_<start>_<end> (1-based, inclusive).
    my ($panel, $bg, $min) = @ARGV;
    $min //= 1000;
    my ($porder, $pseq) = read_fasta($panel);
    my %k;
    for my $t (@$porder) {
        my $s = $pseq->{$t};
        (my $r = reverse $s) =~ tr/ACGT/TGCA/;
        for my $x ($s, $r) { for (my $i = 0; $i + $K <= length $x; $i++) { $k{substr($x, $i, $K)} = 1; } }
    }
    my ($border, $bseq) = read_fasta($bg);
    my ($masked, $total) = (0, 0);
    for my $name (@$border) {
        my ($contig, $start) = $name =~ /^bg_(.+)_(\d+)_(\d+)$/ or die "fusion-truth.pl: bad background name $name\n";
        my $s = $bseq->{$name};
        my $n = length $s;
        $total += $n;
        my @cut = (0) x ($n + 1);
        my $run = 0;
        for (my $i = 0; $i + $K <= $n; $i++) {
            if ($k{substr($s, $i, $K)}) { $run++; }
            else { $run = 0; }
            if ($run == 20) { $cut[$_] = 1 for ($i - 19 .. $i + $K - 1); }
            elsif ($run > 20) { $cut[$_] = 1 for ($i .. $i + $K - 1); }
        }
        my $p = 0;
        while ($p < $n) {
            if ($cut[$p]) { $masked++; $p++; next; }
            my $q = $p;
            $q++ while $q < $n && !$cut[$q];
            if ($q - $p >= $min) {
                printf ">bg_%s_%d_%d\n", $contig, $start + $p, $start + $q - 1;
                my $piece = substr($s, $p, $q - $p);
                for (my $i = 0; $i < length $piece; $i += 60) { print substr($piece, $i, 60), "\n"; }
            }
            $p = $q;
        }
    }
    printf STDERR "background: %d of %d bases are panel transcript sequence, cut out\n", $masked, $total;
}
else {
    die "usage: fusion-truth.pl pick PANEL.fa ALL.fa | count BREAKS ALN1 ALN2 KEPT.tsv | mask PANEL.fa BG.fa MIN\n";
}
