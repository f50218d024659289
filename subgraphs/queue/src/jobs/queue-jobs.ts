import { defineJobHandlers, enqueueJob, type Job, PermanentJobError, type RecurringJobPayload } from '@jingtong/kit';
import { QueueMachineRefused } from '@jingtong/legacy-clients/queue';
import { findHall } from '../db/repositories/halls.repository.js';
import { findTicket } from '../db/repositories/tickets.repository.js';
import type { QueueDeps } from '../deps.js';
import { syncHalls } from '../halls/sync-halls.js';
import { isStepRefused } from '../machine/machine-answers.js';
import { instantAt, minutes } from '../time/beijing-time.js';
import { applyMachineFate } from '../tickets/machine-fate.js';
import { confirmTicket, issueRequest, releaseTicket } from '../tickets/ticket-settlement.js';
import { QUEUE_JOBS } from './job-kinds.js';

type TicketJob = Job<{ ticketId: string }>;

/** How long after the hall's last session a checked-in number's fate is asked once more. */
const END_OF_DAY_GRACE_MS = minutes(30);

export function queueJobs(deps: QueueDeps) {
  return defineJobHandlers({
    [QUEUE_JOBS.syncHalls]: async (job: Job<RecurringJobPayload>) => {
      const { halls, retired } = await syncHalls(deps, `job:${job.id}`);
      deps.logger.info({ halls, retired }, 'halls synced from the queue machines');
    },

    /**
     * A booking its request did not finish (the process stopped between the seat and the number): the number is
     * asked for again with the same reference, so it is the one the machine may already have issued. A booking
     * released after a failed call may still hold a number at the machine: it is asked for the same way and
     * cancelled there, so the hall's queue has no number nobody holds.
     */
    [QUEUE_JOBS.settle]: async (job: TicketJob) => {
      const requestId = `job:${job.id}`;
      const ticket = await findTicket(deps.database.db, job.payload.ticketId);
      if (!ticket) return;
      if (ticket.status === 'PENDING') {
        try {
          await confirmTicket(deps, ticket, await deps.machine.issueNumber(issueRequest(ticket), { requestId }), requestId);
        } catch (error) {
          if (!(error instanceof QueueMachineRefused)) throw error;
          await releaseTicket(deps, ticket, 'REFUSED', requestId);
        }
        return;
      }
      if (ticket.status !== 'RELEASED' || ticket.release_reason !== 'MACHINE_FAILED') return;
      let number: string;
      try {
        number = (await deps.machine.issueNumber(issueRequest(ticket), { requestId })).number;
      } catch (error) {
        // Refused now: it was never issued (a known reference is answered before anything else is checked).
        if (!(error instanceof QueueMachineRefused)) throw error;
        number = '';
      }
      if (number) {
        try {
          await deps.machine.cancelNumber({ hallCode: ticket.hall_code, date: ticket.date, number }, { requestId });
        } catch (error) {
          // Past waiting (its slot ended: a no-show at the machine): nobody waits for it either.
          if (!isStepRefused(error)) throw error;
        }
      }
      await deps.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('queue_tickets').set({ release_reason: 'VOIDED', updated_at: new Date() }).where('id', '=', ticket.id).where('release_reason', '=', 'MACHINE_FAILED').execute();
        await deps.audit.record({ action: 'QUEUE_NUMBER_VOIDED', actorKind: 'system', actorId: 'queue', targetKind: 'queue_ticket', targetId: ticket.id, requestId, details: { hall: ticket.hall_code, date: ticket.date, number: number || null } }, { trx });
      });
      await deps.days.forget(ticket.hall_code, ticket.date);
    },

    /** The citizen cancelled (already CANCELLED here, its seat free): the machine is told, again until it answers. */
    [QUEUE_JOBS.cancel]: async (job: TicketJob) => {
      const ticket = await findTicket(deps.database.db, job.payload.ticketId);
      if (ticket?.status !== 'CANCELLED' || !ticket.number) return;
      try {
        await deps.machine.cancelNumber({ hallCode: ticket.hall_code, date: ticket.date, number: ticket.number }, { requestId: `job:${job.id}` });
      } catch (error) {
        if (isStepRefused(error)) throw new PermanentJobError(`the machine would not cancel ${ticket.number}: ${error.message}`);
        throw error;
      }
      await deps.days.forget(ticket.hall_code, ticket.date);
    },

    /**
     * After the slot (and once more after the hall's day): what the machine says became of the number. A booked
     * number never checked in is NO_SHOW there by the end of its slot, and so here — it counts towards the bar.
     */
    [QUEUE_JOBS.close]: async (job: TicketJob) => {
      const requestId = `job:${job.id}`;
      const ticket = await findTicket(deps.database.db, job.payload.ticketId);
      if (!ticket?.number || !['BOOKED', 'CHECKED_IN', 'CALLED'].includes(ticket.status)) return;
      const day = await deps.machine.queueStatus({ hallCode: ticket.hall_code, date: ticket.date, itemCode: ticket.item_code }, { requestId });
      const fate = day.tickets.find((t) => t.number === ticket.number);
      if (!fate) throw new PermanentJobError(`the machine has no ${ticket.number} on ${ticket.date}`);
      const changed = await deps.database.db.transaction().execute(async (trx) => {
        const status = await applyMachineFate(trx, ticket.id, fate);
        if (status) await deps.audit.record({ action: 'QUEUE_TICKET_CLOSED', actorKind: 'system', actorId: 'queue', targetKind: 'queue_ticket', targetId: ticket.id, requestId, details: { status } }, { trx });
        return status;
      });
      if (changed === 'SERVED' || changed === 'NO_SHOW' || changed === 'CANCELLED') return;
      if (fate.status !== 'WAITING' && fate.status !== 'CALLED') return;
      // Still in the hall's queue (its queue runs late): asked once more after the day.
      const hall = await findHall(deps.database.db, ticket.hall_code);
      const lastEnd = hall?.sessions.at(-1)?.end;
      if (!lastEnd || job.key !== ticket.id) return;
      await enqueueJob(deps.database.db, { kind: QUEUE_JOBS.close, key: `${ticket.id}:day-end`, payload: { ticketId: ticket.id }, runAt: new Date(instantAt(ticket.date, lastEnd).getTime() + END_OF_DAY_GRACE_MS) });
    },
  });
}
