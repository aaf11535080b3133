package th.go.cdd.cdvl.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "KNOWLEDGE องค์ความรู้ / knowledge; RESOURCES ทรัพยากร / resources; SCALING_UP การต่อยอด / scaling-up; BUDGET งบประมาณ / budget.")
public enum SupportKind {
    KNOWLEDGE,
    RESOURCES,
    SCALING_UP,
    BUDGET
}
