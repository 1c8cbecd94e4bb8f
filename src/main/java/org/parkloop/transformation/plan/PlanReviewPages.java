package org.parkloop.transformation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan in the browser (R14, R15): its content, the review with the experts' scores, the decisions, the difference
 * to the revision it amends, and the actions the caller may take now (submit, assign experts, review, conclude,
 * approve or return, record the province's or the state's decision, revise).
 */
@Controller
class PlanReviewPages {

	private final Plans plans;
	private final PlanReview review;
	private final ExternalDecisions decisions;
	private final PlanRevisions revisions;
	private final PlanAccess access;
	private final ProjectSchedules schedules;
	private final PlanAttachments attachments;
	private final ConsultancyRegistry consultancies;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Messages messages;
	private final Clock clock;

	PlanReviewPages(Plans plans, PlanReview review, ExternalDecisions decisions, PlanRevisions revisions, PlanAccess access,
			ProjectSchedules schedules, PlanAttachments attachments, ConsultancyRegistry consultancies,
			EnterpriseRegistry enterprises, ParkCatalog parks, CurrentCaller callers, Messages messages, Clock clock) {
		this.plans = plans;
		this.review = review;
		this.decisions = decisions;
		this.revisions = revisions;
		this.access = access;
		this.schedules = schedules;
		this.attachments = attachments;
		this.consultancies = consultancies;
		this.enterprises = enterprises;
		this.parks = parks;
		this.callers = callers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		Plan p = plans.get(id);
		String me = callers.get().username();
		boolean city = callers.get().has(Role.CITY);
		model.addAttribute("plan", p);
		model.addAttribute("park", parks.find(p.parkCode()).orElseThrow());
		model.addAttribute("parkName", parks.find(p.parkCode()).map(x -> x.name(LocaleContextHolder.getLocale())).orElse(p.parkCode()));
		model.addAttribute("consultancy", consultancies.find(p.consultancyCreditCode()).map(c -> c.name()).orElse(p.consultancyCreditCode()));
		model.addAttribute("owners", enterprises.profiles(p.projects().stream().map(Plan.Project::ownerCreditCode)
			.filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("states", p.status() == Plan.Status.APPROVED || p.status() == Plan.Status.SUPERSEDED
				? schedules.at(p, LocalDate.now(clock)) : List.of());
		model.addAttribute("diff", p.amends() == null ? null : revisions.diff(id, null));
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("city", city);
		model.addAttribute("mayDraft", mayDraft(p.parkCode()));
		model.addAttribute("parkOffice", callers.get().scopes(Role.PARK).contains(p.parkCode()));
		model.addAttribute("myReviewPending", p.status() == Plan.Status.UNDER_REVIEW && p.review().experts().stream()
			.anyMatch(e -> e.username().equals(me) && e.score() == null));
		model.addAttribute("allReviewed", !p.review().experts().isEmpty()
				&& p.review().experts().stream().allMatch(e -> e.score() != null));
		model.addAttribute("officeReader", !p.review().experts().stream().anyMatch(e -> e.username().equals(me)) || city);
		return "cases/plan";
	}

	@PostMapping("/plans/{id}/action")
	String act(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		plans.get(id);
		String action = form.getOrDefault("action", "");
		Long next = PageAction.run(redirect, messages, "plan.done." + action, () -> switch (action) {
			case "SUBMIT" -> plans.submit(id, org.parkloop.platform.Forms.date(form.get("date"))).id();
			case "EXPERTS" -> review.assign(id, new PlanReview.Experts(
					Arrays.stream(form.getOrDefault("experts", "").split("[,，\\s]+")).filter(s -> !s.isBlank()).toList())).id();
			case "REVIEW" -> review.review(id, new PlanReview.Review(integer(form.get("score")), form.get("opinion"))).id();
			case "CONCLUDE" -> review.conclude(id, new PlanReview.Conclusion(form.get("opinion"))).id();
			case "APPROVE" -> review.approve(id, new PlanReview.Approval(org.parkloop.platform.Forms.date(form.get("date")), form.get("documentNumber"))).id();
			case "RETURN" -> review.returnPlan(id, new PlanReview.Return(form.get("comment"), org.parkloop.platform.Forms.date(form.get("date")))).id();
			case "DECIDE" -> decisions.record(id, new ExternalDecisions.Decision(form.get("body"), form.get("documentNumber"),
					org.parkloop.platform.Forms.date(form.get("date")), form.get("outcome"))).id();
			case "REVISE" -> revisions.revise(id).id();
			default -> throw new NotFound("plan.notFound", id);
		});
		return "redirect:/plans/" + (next == null ? id : next);
	}

	@PostMapping("/plans/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "plan.done.ATTACH", () -> {
			try {
				return attachments.upload(id, file.getOriginalFilename(), file.getBytes());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return PlanApiController.file(attachments.download(id, attachmentId));
	}

	private boolean mayDraft(String parkCode) {
		try {
			access.checkDraft(parkCode);
			return true;
		}
		catch (Forbidden e) {
			return false;
		}
	}

	private static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
