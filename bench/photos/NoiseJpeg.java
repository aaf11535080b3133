import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * A valid JPEG that compresses badly: random pixels at quality 0.95. 3000 x 2200 px make 7.75 MB,
 * just under the 8 MiB upload limit, like a phone photo at its largest. Run as {@code java NoiseJpeg.java out.jpg [w h]}.
 */
public class NoiseJpeg {
    public static void main(String[] args) throws Exception {
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 3000;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 2200;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(12);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        File out = new File(args[0]);
        out.delete();
        try (FileImageOutputStream stream = new FileImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
    }
}
