package th.go.cdd.cdvl.geo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.geo.GeoViews.DistrictView;
import th.go.cdd.cdvl.geo.GeoViews.GeoAreaView;
import th.go.cdd.cdvl.geo.GeoViews.ProvinceView;
import th.go.cdd.cdvl.geo.GeoViews.SubdistrictView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography", description = "Thailand's provinces, districts and sub-districts by official DOPA geocode. Readable by every role.")
@RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
public class GeoResource {

    private final GeoService geo;

    public GeoResource(GeoService geo) {
        this.geo = geo;
    }

    @GET
    @Path("/provinces")
    @Operation(operationId = "listProvinces", summary = "All 77 provinces with their district and sub-district counts")
    public PageView<ProvinceView> provinces() {
        return PageView.whole(geo.provinces());
    }

    @GET
    @Path("/provinces/{code}")
    @Operation(operationId = "getProvince", summary = "One province")
    @APIResponse(responseCode = "200", description = "The province")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public ProvinceView province(@PathParam("code") @Parameter(description = "2-digit province code", example = "52") String code) {
        return geo.province(code);
    }

    @GET
    @Path("/provinces/{code}/districts")
    @Operation(operationId = "listDistrictsOfProvince", summary = "The districts of a province, with sub-district counts")
    @APIResponse(responseCode = "200", description = "The districts, ordered by code")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public PageView<DistrictView> districtsOf(@PathParam("code") @Parameter(description = "2-digit province code", example = "52") String code) {
        return PageView.whole(geo.districtsOf(code));
    }

    @GET
    @Path("/districts/{code}")
    @Operation(operationId = "getDistrict", summary = "One district")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public DistrictView district(@PathParam("code") @Parameter(description = "4-digit district code", example = "5201") String code) {
        return geo.district(code);
    }

    @GET
    @Path("/districts/{code}/subdistricts")
    @Operation(operationId = "listSubdistrictsOfDistrict", summary = "The sub-districts of a district")
    @APIResponse(responseCode = "200", description = "The sub-districts, ordered by code")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public PageView<SubdistrictView> subdistrictsOf(@PathParam("code") @Parameter(description = "4-digit district code", example = "5201") String code) {
        return PageView.whole(geo.subdistrictsOf(code));
    }

    @GET
    @Path("/subdistricts/{code}")
    @Operation(operationId = "getSubdistrict", summary = "One sub-district")
    @APIResponse(responseCode = "200", description = "The sub-district")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public SubdistrictView subdistrict(@PathParam("code") @Parameter(description = "6-digit sub-district code", example = "520101") String code) {
        return geo.subdistrict(code);
    }

    @GET
    @Path("/areas/{code}")
    @Operation(operationId = "lookUpArea", summary = "Look up any geocode",
            description = "A 2-digit code is a province, 4 digits a district, 6 digits a sub-district.")
    @APIResponse(responseCode = "200", description = "The area and the areas it lies in")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public GeoAreaView area(@PathParam("code") @Parameter(description = "2-, 4- or 6-digit geocode", example = "520101") String code) {
        return geo.area(code);
    }
}
