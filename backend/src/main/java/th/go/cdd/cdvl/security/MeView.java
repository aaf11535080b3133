package th.go.cdd.cdvl.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;

@Schema(name = "MeView", requiredProperties = {"username", "displayName", "roles", "area"}, description = "The caller: who they are, their roles and the area they may see.")
public record MeView(
        @Schema(examples = "demo.district5201") String username,
        @Schema(examples = "สมชาย ใจดี") String displayName,
        @Schema(examples = "สมชาย") String firstName,
        @Schema(examples = "ใจดี") String lastName,
        @Schema(examples = "demo.district5201@cdvl.example") String email,
        List<Role> roles,
        AreaView area) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AreaView", requiredProperties = {"level", "nameTh", "nameEn"}, description = "The caller's area; for the nation code is absent.")
    public record AreaView(
            @Schema(examples = "DISTRICT") AreaLevel level,
            @Schema(examples = "5201") String code,
            @Schema(examples = "เมืองลำปาง") String nameTh,
            @Schema(examples = "Mueang Lampang") String nameEn,
            @Schema(description = "The province of a district area") AreaName province) {
    }
}
