package th.go.cdd.cdvl.common.storage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attachments by their owner; whether the caller may see the owner is its feature's question, asked first. */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public List<Attachment> of(Attachments.Owner owner) {
        return find("ownerType = ?1 and ownerId = ?2 order by stored.createdAt, id", owner.type(), owner.id()).list();
    }

    public Optional<Attachment> find(Attachments.Owner owner, UUID id) {
        return find("ownerType = ?1 and ownerId = ?2 and id = ?3", owner.type(), owner.id(), id).firstResultOptional();
    }

    public long countOf(Attachments.Owner owner) {
        return count("ownerType = ?1 and ownerId = ?2", owner.type(), owner.id());
    }

    /** Serialises the additions to one owner until the transaction ends, so two uploads cannot both take the last place. */
    public void lock(Attachments.Owner owner) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", owner.type() + ":" + owner.id()).getSingleResult();
    }
}
