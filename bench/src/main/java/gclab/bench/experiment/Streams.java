package gclab.bench.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte streams for the program's output: copies to two places, and UTF-8 bytes into a character writer. */
public final class Streams {
    private Streams() {
    }

    /** A stream that writes everything to both {@code a} and {@code b}. */
    public static OutputStream tee(OutputStream a, OutputStream b) {
        return new OutputStream() {
            @Override
            public void write(int c) throws IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                a.write(bytes, off, len);
                b.write(bytes, off, len);
            }

            @Override
            public void flush() throws IOException {
                a.flush();
                b.flush();
            }
        };
    }

    /** UTF-8 bytes decoded into {@code writer}; a character split across writes is kept until it is whole. */
    public static OutputStream into(Writer writer) {
        return new WriterOutputStream(writer);
    }

    private static final class WriterOutputStream extends OutputStream {
        private final Writer writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(4096);
        private final CharBuffer out = CharBuffer.allocate(4096);

        WriterOutputStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, in.remaining());
                in.put(bytes, off, n);
                off += n;
                len -= n;
                decode();
            }
        }

        /** After this, {@code in} holds only the bytes of an incomplete last character. */
        private void decode() {
            in.flip();
            while (true) {
                CoderResult r = decoder.decode(in, out, false);
                out.flip();
                try {
                    writer.write(out.array(), out.arrayOffset() + out.position(), out.remaining());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.clear();
                if (!r.isOverflow()) {
                    break;
                }
            }
            in.compact();
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }
    }
}
