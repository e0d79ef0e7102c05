package dev.sreladder.shell.terminal;

import java.io.IOError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.springframework.core.io.ResourceLoader;
import org.springframework.shell.jline.tui.component.ConfirmationInput;
import org.springframework.shell.jline.tui.component.SingleItemSelector;
import org.springframework.shell.jline.tui.component.StringInput;
import org.springframework.shell.jline.tui.component.context.ComponentContext;
import org.springframework.shell.jline.tui.component.support.AbstractComponent;
import org.springframework.shell.jline.tui.component.support.AbstractTextComponent.TextComponentContext.MessageLevel;
import org.springframework.shell.jline.tui.component.support.SelectorItem;
import org.springframework.shell.jline.tui.style.TemplateExecutor;

import dev.sreladder.shell.render.LineWrapper;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Questions asked on a terminal with Spring Shell's own components: text input, single choice and
 * yes/no. A text answer is checked as it is given and asked again, with the reason under it, until
 * it is accepted. Ctrl-C abandons the questions: it is caught here for as long as they are open, so
 * it never reaches the shell, and whatever is being asked ends with "interrupted: nothing written".
 * The components read keys in raw mode, where Ctrl-C still raises SIGINT; the handler wakes the
 * reading thread as JLine's own line reader does, by interrupting it.
 */
public final class TerminalQuestions implements AutoCloseable {

    private static final String CHECKED_INPUT = "classpath:dev/sreladder/shell/checked-input.stg";

    /** One answer to choose: what the list shows, and what it stands for. */
    record Choice<T>(String label, T value) {
    }

    private final Terminal terminal;
    private final ResourceLoader resources;
    private final TemplateExecutor templates;
    private final Runnable beforeEach;
    private final Terminal.SignalHandler before;
    private Thread asking;
    private boolean abandoned;

    /**
     * Whether questions can be asked on {@code terminal}: not on a dumb one, which cannot show a choice,
     * and is all a shell fed through a pipe has.
     */
    public static boolean canAsk(Terminal terminal) {
        return !(terminal instanceof DumbTerminal) && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /** Opens the questions: from here until {@link #close}, Ctrl-C abandons them. */
    public TerminalQuestions(Terminal terminal, ResourceLoader resources, TemplateExecutor templates,
            Runnable beforeEach) {
        this.terminal = terminal;
        this.resources = resources;
        this.templates = templates;
        this.beforeEach = beforeEach;
        this.before = terminal.handle(Terminal.Signal.INT, signal -> abandon());
    }

    /** A text answer that {@code problem} accepts; {@code defaultValue} (or null) is the answer to Enter alone. */
    String text(String question, String defaultValue, Function<String, Optional<String>> problem) {
        CheckedInput input = new CheckedInput(terminal, wrapped(question), defaultValue, problem);
        String answer = ask(input).getResultValue();
        if (input.ended || answer == null) {
            throw ended();
        }
        return answer;
    }

    /** Whatever is typed, as typed (Enter alone: ""), for a confirmation that the caller compares ({@code delete}). */
    public String answer(String question) {
        CheckedInput input = new CheckedInput(terminal, wrapped(question), null, typed -> Optional.empty());
        String answer = ask(input).getResultValue();
        if (input.ended) {
            throw ended();
        }
        return answer == null ? "" : answer;
    }

    /** One of {@code choices}, the first one under the cursor at first; typing filters the list. */
    <T> T choice(String question, List<Choice<T>> choices) {
        List<SelectorItem<Choice<T>>> items = choices.stream().map(choice -> SelectorItem.of(choice.label(), choice))
                .toList();
        Selector<Choice<T>> selector = new Selector<>(terminal, items, wrapped(question));
        selector.setItemMapper(Choice::label);
        selector.setMaxItems(Math.min(items.size(), 32));
        return ask(selector).getResultItem().map(SelectorItem::getItem).orElseThrow(this::ended).value();
    }

    /** Yes or no; Enter alone (or an answer that is neither) is no. */
    public boolean confirm(String question) {
        Boolean yes = ask(new ConfirmationInput(terminal, wrapped(question), false)).getResultValue();
        return Boolean.TRUE.equals(yes);
    }

    @Override
    public void close() {
        terminal.handle(Terminal.Signal.INT, before);
    }

    private <C extends ComponentContext<C>> C ask(AbstractComponent<C> component) {
        component.setResourceLoader(resources);
        component.setTemplateExecutor(templates);
        beforeEach.run();
        synchronized (this) {
            if (abandoned) {
                throw interrupted();
            }
            asking = Thread.currentThread();
        }
        C answered = null;
        try {
            answered = component.run(ComponentContext.empty());
        } catch (IOError e) {
            // Ctrl-C woke the key reader: anything else is a real failure to read the terminal.
            if (!isAbandoned()) {
                throw e;
            }
        } catch (EndOfFileException e) {
            throw ended();
        } finally {
            synchronized (this) {
                asking = null;
                // An interrupt that came after the last key read must not reach the work that follows.
                Thread.interrupted();
            }
        }
        if (answered == null || isAbandoned()) {
            throw interrupted();
        }
        return answered;
    }

    private synchronized void abandon() {
        abandoned = true;
        if (asking != null) {
            asking.interrupt();
        }
    }

    private synchronized boolean isAbandoned() {
        return abandoned;
    }

    /** A question that fits the terminal: wrapped at words, continued under its first word. */
    private String wrapped(String question) {
        int width = terminal.getWidth();
        return width > 10 ? LineWrapper.wrap(question, width - 2).replace("\n", "\n  ") : question;
    }

    private static LadderException interrupted() {
        return new LadderException(ExitCode.INTERRUPTED, "interrupted: nothing written");
    }

    private LadderException ended() {
        return LadderException.badInput("the input ended before the last answer: nothing written");
    }

    /**
     * Rows no wider than the terminal, wrapped at words and continued two columns in: the
     * component's display counts one row per line it is given, and its answer stays on screen.
     */
    private static List<AttributedString> fitted(List<AttributedString> rows, Terminal terminal) {
        int width = terminal.getWidth();
        if (width <= 10 || rows.stream().allMatch(row -> row.columnLength() <= width)) {
            return rows;
        }
        List<AttributedString> fitted = new ArrayList<>();
        for (AttributedString row : rows) {
            if (row.columnLength() <= width) {
                fitted.add(row);
                continue;
            }
            // A row already indented keeps its indentation on the rows it continues on.
            String indent = row.toString().startsWith(" ") ? "" : "  ";
            List<String> lines = LineWrapper.wrapLine(row.toAnsi(terminal), width - indent.length());
            for (int i = 0; i < lines.size(); i++) {
                // A word wider than the terminal is cut after all.
                fitted.addAll(AttributedString.fromAnsi(i == 0 ? lines.get(i) : indent + lines.get(i))
                        .columnSplitLength(width));
            }
        }
        return fitted;
    }

    /** Spring Shell's text input, which keeps asking until {@code problem} accepts the answer. */
    private static final class CheckedInput extends StringInput {
        private final Function<String, Optional<String>> problem;
        private boolean ended;

        CheckedInput(Terminal terminal, String question, String defaultValue,
                Function<String, Optional<String>> problem) {
            super(terminal, question, defaultValue);
            this.problem = problem;
            setTemplateLocation(CHECKED_INPUT);
        }

        @Override
        protected boolean read(BindingReader keys, KeyMap<String> keyMap, StringInputContext context) {
            String typed = context.getInput();
            if (!super.read(keys, keyMap, context)) {
                // StringInput (4.0.1) keeps the last character when it is erased: erase it here.
                if (typed != null && typed.length() == 1 && keys.getLastBinding() != null
                        && OPERATION_BACKSPACE.equals(keyMap.getBound(keys.getLastBinding()))) {
                    context.setInput(null);
                }
                return false;
            }
            if (keys.getLastBinding() == null) {
                // No key but the end of the input: nothing more will be typed.
                ended = true;
                return true;
            }
            String answer = context.getResultValue() == null ? "" : context.getResultValue();
            Optional<String> refused = problem.apply(answer);
            if (refused.isPresent()) {
                // The refused text goes: the corrected answer is typed on an empty line, not after it.
                context.setInput(null);
                context.setResultValue(null);
                context.setMessage(refused.get(), MessageLevel.ERROR);
                return false;
            }
            context.setMessage(null);
            return true;
        }

        @Override
        public List<AttributedString> render(StringInputContext context) {
            return fitted(super.render(context), getTerminal());
        }
    }

    /** Spring Shell's single choice, its rows fitted to the terminal. */
    private static final class Selector<T> extends SingleItemSelector<T, SelectorItem<T>> {
        Selector(Terminal terminal, List<SelectorItem<T>> items, String question) {
            super(terminal, items, question, null);
        }

        @Override
        public List<AttributedString> render(SingleItemSelectorContext<T, SelectorItem<T>> context) {
            return fitted(super.render(context), getTerminal());
        }
    }
}
