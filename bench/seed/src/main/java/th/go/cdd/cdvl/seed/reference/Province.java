package th.go.cdd.cdvl.seed.reference;

public record Province(String code, String nameTh, String nameEn) {
}
