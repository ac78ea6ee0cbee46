using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Trek.Core;
using Trek.IO;
using Trek.IO.Fastq;

namespace Trek.Fusion.Pipeline;

/// <summary>
/// Decompresses and parses the two mates on two threads, handing out batches in matching pairs through
/// bounded queues: memory is a fixed number of batches however long the input, and a fast reader waits
/// for a slow consumer instead of running ahead.
/// </summary>
internal sealed class PairedReadSource : IDisposable
{
    private const int BatchSize = 4096;
    private readonly Mate _r1;
    private readonly Mate _r2;
    private readonly object _pairLock = new();
    private readonly CancellationTokenSource _cancel;
    private ExceptionDispatchInfo? _error;

    /// <param name="cancellation">The caller's token: cancelling it stops the readers and makes <see cref="TryTake"/> throw <see cref="OperationCanceledException"/>.</param>
    public PairedReadSource(ReadInput read1, ReadInput read2, int consumers, CancellationToken cancellation)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pool = 4 + consumers;
        _r1 = new Mate(read1, pool, this);
        _r2 = new Mate(read2, pool, this);
    }

    public long Pairs { get; private set; }

    /// <summary>Fraction of the first mate's file consumed (0..1), for the progress bar.</summary>
    public double Progress => _r1.Progress;

    public void Start()
    {
        _r1.Start();
        _r2.Start();
    }

    /// <summary>The next pair of batches, or false at the end; throws the first reader error.</summary>
    public bool TryTake(out ReadBatch first, out ReadBatch second)
    {
        lock (_pairLock)
        {
            first = null!;
            second = null!;
            var has1 = TakeFrom(_r1, out var b1);
            var has2 = TakeFrom(_r2, out var b2);
            ThrowIfFailed();
            if (!has1 && !has2)
            {
                if (Pairs == 0)
                {
                    throw new InputException($"{_r1.Path}: no reads (empty file)");
                }

                return false;
            }

            if (has1 != has2 || b1!.Count != b2!.Count)
            {
                var (shortMate, longMate, at) = !has2 || (has1 && b2!.Count < b1!.Count)
                    ? (_r2, _r1, Pairs + (has2 ? b2!.Count : 0))
                    : (_r1, _r2, Pairs + (has1 ? b1!.Count : 0));
                Fail(new InputException($"{shortMate.Path} ends after record {at:N0} but {longMate.Path} has more: R1 and R2 must have the same reads in the same order"));
                ThrowIfFailed();
            }

            first = b1!;
            second = b2!;
            Pairs += first.Count;
            return true;
        }
    }

    public void Return(ReadBatch first, ReadBatch second)
    {
        _r1.Free.Add(first);
        _r2.Free.Add(second);
    }

    /// <summary>Records the first failure (with its original stack, rethrown by <see cref="ThrowIfFailed"/>) and stops everything.</summary>
    public void Fail(Exception ex)
    {
        Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(ex), null);
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already shut down: the error is recorded, nothing is left to stop.
        }
    }

    public void ThrowIfFailed()
    {
        _error?.Throw();
    }

    private bool TakeFrom(Mate mate, out ReadBatch? batch)
    {
        try
        {
            return mate.Full.TryTake(out batch, Timeout.Infinite, _cancel.Token);
        }
        catch (OperationCanceledException)
        {
            batch = null;
            ThrowIfFailed();
            throw;
        }
    }

    public void Dispose()
    {
        _cancel.Cancel();
        _r1.Join();
        _r2.Join();
        _cancel.Dispose();
    }

    private sealed class Mate
    {
        private readonly PairedReadSource _owner;
        private readonly ReadInput _input;
        private readonly long _size;
        private Thread? _thread;
        private FastqBatchReader? _reader;

        public Mate(ReadInput input, int pool, PairedReadSource owner)
        {
            _input = input;
            Path = input.Name;
            _owner = owner;
            _size = input.Length ?? 0;
            Full = new BlockingCollection<ReadBatch>(pool);
            for (var i = 0; i < pool; i++)
            {
                Free.Add(new ReadBatch(BatchSize));
            }
        }

        public string Path { get; }

        public BlockingCollection<ReadBatch> Full { get; }

        public BlockingCollection<ReadBatch> Free { get; } = [];

        public double Progress => _size == 0 || _reader is null ? 0 : Math.Min(1.0, (double)_reader.BytesConsumed / _size);

        public void Start()
        {
            _reader = new FastqBatchReader(InputFile.Decode(_input.Stream), Path);
            _thread = new Thread(Run) { IsBackground = true, Name = $"read {Path}" };
            _thread.Start();
        }

        public void Join() => _thread?.Join();

        private void Run()
        {
            var token = _owner._cancel.Token;
            try
            {
                long sequence = 0;
                while (true)
                {
                    var batch = Free.Take(token);
                    if (!_reader!.Fill(batch))
                    {
                        break;
                    }

                    batch.SequenceNumber = sequence++;
                    Full.Add(batch, token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                _owner.Fail(ex);
            }
            finally
            {
                Full.CompleteAdding();
                _reader?.Dispose();
            }
        }
    }
}
