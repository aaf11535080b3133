package th.go.cdd.cdvl.activity;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * Turns an uploaded photo into the files we keep. The upload is decoded to pixels and encoded
 * again, so nothing of the original file survives but the picture: no EXIF (GPS position, camera,
 * owner), no XMP, no PNG text or eXIf chunks, no trailing bytes. A JPEG's EXIF orientation is
 * applied to the pixels first, so phone photos taken upright stay upright without the tag.
 *
 * <p>JPEG stays JPEG (quality 0.9) and PNG stays PNG. WebP is stored as JPEG because ImageIO
 * (and TwelveMonkeys) can read WebP but not write it; transparent areas become white.
 *
 * <p>The upload is read from its temporary file ({@link th.go.cdd.cdvl.common.storage.IncomingFile}),
 * never from a copy in the heap. Memory is bounded because production runs with a 224 MB heap: a photo of more than
 * {@value #MAX_PIXELS} pixels is refused before decoding (a small file can declare a huge
 * image), and larger ones are decoded subsampled to at most {@value #MAX_SIDE} px on the longest
 * side, which is plenty for evidence and keeps one decoded photo under ~70 MB.
 */
final class PhotoImages {

    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_SIDE = 4096;
    static final int THUMBNAIL_SIDE = 320;
    private static final float JPEG_QUALITY = 0.9f;

    private PhotoImages() {
    }

    enum Format {
        JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        /** Judged by the first bytes (magic numbers), never by a file name or a declared type. */
        static Optional<Format> detect(byte[] bytes) {
            if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
                return Optional.of(JPEG);
            }
            if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return Optional.of(PNG);
            }
            if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }
    }

    /** What is stored: the clean image and a JPEG thumbnail. */
    record Clean(byte[] image, String contentType, String extension, int width, int height, byte[] thumbnail) {
    }

    /** Throws 422 {@code photo.unreadable} when the file does not decode, 413 when the picture is too big. */
    static Clean clean(Path upload, Format format) {
        BufferedImage picture = decode(upload, format);
        if (format == Format.JPEG) {
            picture = upright(picture, exifOrientation(upload));
        }
        byte[] image = format == Format.PNG ? png(picture) : jpeg(opaque(picture));
        return new Clean(image, format == Format.PNG ? "image/png" : "image/jpeg", format == Format.PNG ? "png" : "jpg",
                picture.getWidth(), picture.getHeight(), jpeg(thumbnail(picture)));
    }

    private static BufferedImage decode(Path upload, Format format) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new FileImageInputStream(upload.toFile())) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw ProblemException.tooLarge("photo.too-large",
                        "The photo has " + width + " x " + height + " pixels; at most " + MAX_PIXELS / 1_000_000
                                + " megapixels are accepted. Use the camera's standard size.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (Math.max(width, height) + MAX_SIDE - 1) / MAX_SIDE;
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(0, param);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.unprocessable("photo.unreadable",
                    "The file starts like a " + format + " image but cannot be read as one.");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(Format format) {
        return switch (format) {
            case JPEG -> ImageIO.getImageReadersByFormatName("jpeg").next();
            case PNG -> ImageIO.getImageReadersByFormatName("png").next();
            // used directly: ImageIO's plugin scan may not see the class loader the app runs in
            case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
        };
    }

    /** EXIF orientations 2–8 mean "flip and/or turn before showing"; see the EXIF 2.3 spec, tag 0x0112. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        // new AffineTransform(m00, m10, m01, m11, m02, m12) maps x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return source;
        }
        boolean sideways = orientation >= 5;
        BufferedImage target = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.drawImage(source, turn, null);
        g.dispose();
        return target;
    }

    /** Longest side {@value #THUMBNAIL_SIDE} px (never enlarged), halving first so fine detail does not alias. */
    private static BufferedImage thumbnail(BufferedImage source) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = opaque(source);
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : resize(current, width, height);
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    /** JPEG has no transparency, and the JDK's JPEG writer takes only plain RGB or grey pixels. */
    private static BufferedImage opaque(BufferedImage source) {
        int type = source.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR) {
            return source;
        }
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, target.getWidth(), target.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return write(writer, image, param);
    }

    private static byte[] png(BufferedImage image) {
        return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
    }

    /** No metadata is passed to the writer, so it writes only what the pixels need. */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a decoded photo", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The EXIF orientation of a JPEG (1–8), read with TwelveMonkeys' segment and TIFF readers; 1 when
     * there is none or it cannot be read (a broken tag must not cost the photo).
     */
    static int exifOrientation(Path jpeg) {
        try (ImageInputStream in = new FileImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            if (data.read() < 0) { // the pad byte after "Exif\0"
                return 1;
            }
            Entry orientation = new TIFFReader().read(new MemoryCacheImageInputStream(data))
                    .getEntryById(TIFF.TAG_ORIENTATION);
            int value = orientation != null && orientation.getValue() instanceof Number n ? n.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static boolean startsWith(byte[] bytes, int at, int... expected) {
        if (at < 0 || at + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
