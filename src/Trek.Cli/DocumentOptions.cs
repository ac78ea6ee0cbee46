using System.CommandLine;
using System.CommandLine.Parsing;
using Trek.Core;
using Trek.Reports.Json;

namespace Trek.Cli;

/// <summary>
/// The output convention of docs/cli.md in one piece, so every command spells it the same way:
/// `-o/--output FILE|-` (default `-`, standard output), `--format FMT` limited to the formats the
/// command writes (`--json` kept as an alias of `--format json`; an unsupported or contradictory
/// format is refused in one line, exit 1), and optionally `-i/--input FILE|-` for the main input
/// (a legacy positional argument or option name can stay as an alias). Files go through
/// <see cref="CommandFiles"/>, so aliasing, atomic replacement and special files follow its rules.
/// <code>
/// var io = new DocumentOptions(OutputFormat.Text, OutputFormat.Json, OutputFormat.Tsv)
///     .WithInput("Subject CSV ...; - for stdin (required)", required: true);
/// var command = new Command("km", "...") { other, options };
/// io.AddTo(command);                                   // adds -i, -o, --format, --json
/// command.SetAction(parse =>
/// {
///     using var files = io.Declare(parse).Output("--plot", parse.GetValue(plot)).Open();
///     using var reader = TableInput.Open(io.InputPath(parse)!);  // "-" = stdin
///     var report = ...;
///     io.Write(parse, files, report, text: w => KmText.Write(w, report), tsv: w => ...);
///     files.Commit();
///     return ExitCodes.Ok;
/// });
/// </code>
/// </summary>
internal sealed class DocumentOptions
{
    private readonly OutputFormat _default;
    private readonly OutputFormat[] _supported;
    private Argument<string?>? _positional;

    /// <param name="defaultFormat">The format without `--format`; usually text.</param>
    /// <param name="others">The other formats this command writes.</param>
    public DocumentOptions(OutputFormat defaultFormat, params OutputFormat[] others)
    {
        _default = defaultFormat;
        _supported = [defaultFormat, .. others.Where(f => f != defaultFormat).Distinct()];
        var names = string.Join(", ", _supported.Select(Name));
        Output = new Option<string>("--output", "-o") { Description = "Write the result to this file; - is standard output (default: -)", DefaultValueFactory = _ => "-" };
        Format = new Option<string?>("--format") { Description = $"Output format: {names} (default: {Name(defaultFormat)})" };
        Json = _supported.Contains(OutputFormat.Json)
            ? new Option<bool>("--json") { Description = "Same as --format json (default: false)" }
            : null;
    }

    public Option<string> Output { get; }

    public Option<string?> Format { get; }

    /// <summary>`--json`, only when the command writes JSON.</summary>
    public Option<bool>? Json { get; }

    /// <summary>`-i/--input`, when <see cref="WithInput"/> was called.</summary>
    public Option<string?>? Input { get; private set; }

    /// <summary>Declares the main input `-i/--input FILE|-`; <paramref name="aliases"/> keeps a former name (e.g. `--vcf`) working.</summary>
    public DocumentOptions WithInput(string description, bool required, params string[] aliases)
    {
        Input = new Option<string?>("--input", ["-i", .. aliases]) { Description = description, Required = required };
        return this;
    }

    /// <summary>
    /// A positional argument accepted as an alias of `-i` (a command that took its input that way
    /// before the convention). Giving both, or neither when the input is required, is a usage error.
    /// </summary>
    public DocumentOptions WithPositionalInput(string name, string description, string inputDescription)
    {
        Input = new Option<string?>("--input", "-i") { Description = inputDescription };
        _positional = new Argument<string?>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        return this;
    }

    /// <summary>Adds the options to <paramref name="command"/> and the validators that refuse a format it does not write.</summary>
    public void AddTo(Command command)
    {
        if (_positional is not null)
        {
            command.Arguments.Add(_positional);
        }

        if (Input is not null)
        {
            command.Options.Add(Input);
        }

        command.Options.Add(Output);
        command.Options.Add(Format);
        if (Json is not null)
        {
            command.Options.Add(Json);
        }

        var supported = string.Join(", ", _supported.Select(Name));
        Format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && (Parse(value) is not { } f || !_supported.Contains(f)))
            {
                result.AddError($"--format {value}: `trek {command.Name}` writes {supported}");
            }
        });
        command.Validators.Add(result =>
        {
            var format = result.GetResult(Format) is { } given ? given.GetValueOrDefault<string?>() : null;
            if (Json is not null && result.GetValue(Json) && format is not null && Parse(format) is { } f && f != OutputFormat.Json)
            {
                result.AddError($"--json is --format json; it contradicts --format {format}");
            }

            if (_positional is not null && Input is not null && result.GetValue(_positional) is { } p && result.GetValue(Input) is { } i)
            {
                result.AddError($"the {_positional.Name} is given twice ({p} and -i {i}); give it once");
            }
        });
    }

    /// <summary>The format asked for: `--format`, else `--json`, else the command's default.</summary>
    public OutputFormat FormatOf(ParseResult parse) =>
        parse.GetValue(Format) is { } text ? Parse(text)!.Value
        : Json is not null && parse.GetValue(Json) ? OutputFormat.Json
        : _default;

    /// <summary>The output path, `-` by default.</summary>
    public string OutputPath(ParseResult parse) => parse.GetValue(Output)!;

    /// <summary>The main input (`-i` or its positional alias); null when not given.</summary>
    public string? InputPath(ParseResult parse) =>
        (Input is null ? null : parse.GetValue(Input)) ?? (_positional is null ? null : parse.GetValue(_positional));

    /// <summary>The main input, or a usage error naming `-i` when it is missing.</summary>
    public string RequiredInputPath(ParseResult parse, string what) =>
        InputPath(parse) ?? throw new UsageException($"give the {what} with -i FILE (- for standard input)");

    /// <summary>A <see cref="CommandFiles"/> with the main input and `--output` declared; add other files, then call Open.</summary>
    public CommandFiles Declare(ParseResult parse) =>
        new CommandFiles(parse).Input("--input", InputPath(parse)).Output("--output", OutputPath(parse));

    /// <summary>
    /// Writes <paramref name="document"/> to `--output` in the chosen format: JSON by <see cref="JsonDocumentWriter"/>
    /// (the stable snake_case document of <see cref="TrekJson"/>, streamed), the others by the command's writers.
    /// </summary>
    public void Write<T>(ParseResult parse, CommandFiles files, T document, Action<TextWriter> text, Action<TextWriter>? tsv = null, Action<TextWriter>? csv = null)
    {
        var format = FormatOf(parse);
        Action<TextWriter> write = format switch
        {
            OutputFormat.Json => w => JsonDocumentWriter.Write(w, document),
            OutputFormat.Tsv => tsv ?? throw new InvalidOperationException("--format tsv accepted without a TSV writer"),
            OutputFormat.Csv => csv ?? throw new InvalidOperationException("--format csv accepted without a CSV writer"),
            _ => text,
        };
        files.Write("--output", write);
    }

    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    private static OutputFormat? Parse(string text) => text switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "tsv" => OutputFormat.Tsv,
        "csv" => OutputFormat.Csv,
        _ => null,
    };
}
