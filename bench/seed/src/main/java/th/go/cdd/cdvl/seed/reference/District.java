package th.go.cdd.cdvl.seed.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * A district with its sub-districts; {@code index} is its position in the national list. A class, not
 * a record: it and its sub-districts point at each other, which a record's equals would follow forever.
 */
public final class District {

    private final int index;
    private final String code;
    private final Province province;
    private final String nameTh;
    private final List<Subdistrict> subdistricts = new ArrayList<>();

    public District(int index, String code, Province province, String nameTh) {
        this.index = index;
        this.code = code;
        this.province = province;
        this.nameTh = nameTh;
    }

    public int index() {
        return index;
    }

    public String code() {
        return code;
    }

    public Province province() {
        return province;
    }

    public String nameTh() {
        return nameTh;
    }

    public List<Subdistrict> subdistricts() {
        return subdistricts;
    }

    @Override
    public String toString() {
        return code + " " + nameTh;
    }
}
