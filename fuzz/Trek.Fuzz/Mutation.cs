namespace Trek.Fuzz;

/// <summary>
/// One edit of an input. Positions are drawn as large random numbers and taken modulo the current length when the
/// edit is applied, so a chain of edits stays valid whatever the earlier ones did to the length.
/// </summary>
internal abstract record Mutation
{
    public abstract byte[] Apply(byte[] input);

    protected static int At(long draw, int length) => length == 0 ? 0 : (int)(draw % length);
}

/// <summary>Flips one bit.</summary>
internal sealed record BitFlip(long Position, int Bit) : Mutation
{
    public override byte[] Apply(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var copy = (byte[])input.Clone();
        copy[At(Position, copy.Length)] ^= (byte)(1 << Bit);
        return copy;
    }
}

/// <summary>Sets one byte to a value parsers treat specially (a delimiter, a digit, a high byte).</summary>
internal sealed record SetByte(long Position, byte Value) : Mutation
{
    public override byte[] Apply(byte[] input)
    {
        if (input.Length == 0)
        {
            return [Value];
        }

        var copy = (byte[])input.Clone();
        copy[At(Position, copy.Length)] = Value;
        return copy;
    }
}

/// <summary>Cuts the input short (a truncated download, a full disk).</summary>
internal sealed record Truncate(long Keep) : Mutation
{
    public override byte[] Apply(byte[] input) => input[..At(Keep, input.Length + 1)];
}

/// <summary>Inserts bytes (random ones, or a token or line from the target's dictionary or another seed).</summary>
internal sealed record Insert(long Position, byte[] Bytes) : Mutation
{
    public override byte[] Apply(byte[] input)
    {
        var at = At(Position, input.Length + 1);
        return [.. input.AsSpan(0, at), .. Bytes, .. input.AsSpan(at)];
    }
}

/// <summary>Copies a stretch of the input to another place (duplicated records, repeated headers).</summary>
internal sealed record Duplicate(long From, int Length, long To) : Mutation
{
    public override byte[] Apply(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var from = At(From, input.Length);
        var piece = input.AsSpan(from, Math.Min(Length, input.Length - from)).ToArray();
        return new Insert(To, piece).Apply(input);
    }
}

/// <summary>Removes a stretch of the input.</summary>
internal sealed record Delete(long From, int Length) : Mutation
{
    public override byte[] Apply(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var from = At(From, input.Length);
        var length = Math.Min(Length, input.Length - from);
        return [.. input.AsSpan(0, from), .. input.AsSpan(from + length)];
    }
}
